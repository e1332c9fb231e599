package org.hearth.server.safety.pii;

import static org.hearth.server.safety.pii.PiiAssertions.assertFinds;
import static org.hearth.server.safety.pii.PiiAssertions.assertFindsNo;

import org.junit.jupiter.api.Test;

class PiiAddressesTest {

    @Test
    void houseNumberStreetAndTypeIsAnAddress() {
        assertFinds(PiiKind.STREET_ADDRESS, "I'm at 42 Larkspur Avenue most evenings", "42 Larkspur Avenue");
    }

    @Test
    void unitAndTownLinesAfterTheStreetBelongToTheAddress() {
        assertFinds(PiiKind.STREET_ADDRESS, "send it to 7 Mill Lane, Apt 3, Hebden Bridge please",
                "7 Mill Lane, Apt 3, Hebden Bridge");
    }

    @Test
    void europeanStreetWithTypeInTheNameIsAnAddress() {
        assertFinds(PiiKind.STREET_ADDRESS, "wir wohnen in der Lindenstraße 14 seit Mai", "Lindenstraße 14");
        assertFinds(PiiKind.STREET_ADDRESS, "my flat is on Rue des Martyrs 21 now", "Rue des Martyrs 21");
    }

    @Test
    void capitalisedNameWithHouseNumberIsAnAddressWhenTheTextSpeaksOfOne() {
        assertFinds(PiiKind.STREET_ADDRESS, "my new address is Kirkevollen 12", "Kirkevollen 12");
        assertFindsNo(PiiKind.STREET_ADDRESS, "I finished Chapter 12 of the workbook");
    }

    @Test
    void numbersWithoutAStreetAreNotAddresses() {
        assertFindsNo(PiiKind.STREET_ADDRESS, "I walked 5 miles and it took 2 hours");
        assertFindsNo(PiiKind.STREET_ADDRESS, "day 30 of no self harm, and 3 Good Things today");
        assertFindsNo(PiiKind.STREET_ADDRESS, "we moved to a flat on the 4th floor, room 12 is mine");
    }

    @Test
    void addressRunningIntoAPostcodeIsRedactedWhole() {
        assertFinds(PiiKind.STREET_ADDRESS, "We live at Flat 2, 18 Rosebank Road, Leeds LS6 4HP now",
                "Flat 2, 18 Rosebank Road, Leeds LS6 4HP");
    }

    @Test
    void phoneNumberOnTheLineAfterAnAddressStaysAPhoneNumber() {
        String text = "12 Harbour Road\nPortree\n01478 612 345";
        assertFinds(PiiKind.STREET_ADDRESS, text, "12 Harbour Road\nPortree");
        assertFinds(PiiKind.PHONE, text, "01478 612 345");
    }

    @Test
    void ukPostcodeIsFound() {
        assertFinds(PiiKind.POSTCODE, "we're in LS6 2QT if that helps", "LS6 2QT");
    }

    @Test
    void canadianPostcodeIsFound() {
        assertFinds(PiiKind.POSTCODE, "the clinic is at K1A 0B1 I think", "K1A 0B1");
    }

    @Test
    void usZipAfterStateOrTheWordZipIsFound() {
        assertFinds(PiiKind.POSTCODE, "I grew up near Springfield, IL 62704 actually", "62704");
        assertFinds(PiiKind.POSTCODE, "my zip code is 90210-1234", "90210-1234");
    }

    @Test
    void fiveDigitCountsAreNotZipCodes() {
        assertFindsNo(PiiKind.POSTCODE, "I owe 15000 pounds and walked 10000 steps");
    }
}
