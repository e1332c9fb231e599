package org.hearth.server.safety.pii;

import static org.hearth.server.safety.pii.PiiAssertions.assertFinds;
import static org.hearth.server.safety.pii.PiiAssertions.assertFindsNo;

import org.junit.jupiter.api.Test;

class PiiNumbersTest {

    @Test
    void phoneNumbersInInternationalFormatAreFound() {
        assertFinds(PiiKind.PHONE, "ring me on +44 7700 900123 after six", "+44 7700 900123");
        assertFinds(PiiKind.PHONE, "my German number is +49 30 901820", "+49 30 901820");
    }

    @Test
    void phoneNumbersInUsFormatAreFound() {
        assertFinds(PiiKind.PHONE, "text me at (415) 555-0132 tonight", "(415) 555-0132");
    }

    @Test
    void groupedNationalNumberIsFoundWhenTheTextTalksAboutPhones() {
        assertFinds(PiiKind.PHONE, "my mobile is 62 418 093 if you need me", "62 418 093");
    }

    @Test
    void shortCountsAndDatesAreNotPhones() {
        assertFindsNo(PiiKind.PHONE, "I slept 4 hours and walked 12000 steps");
        assertFindsNo(PiiKind.PHONE, "the appointment moved to 2024-03-18 09:30");
        assertFindsNo(PiiKind.PHONE, "my mood scores this week: 10 12 14 16 18");
    }

    @Test
    void cardNumberPassingLuhnIsFound() {
        assertFinds(PiiKind.PAYMENT_CARD, "my card 4539 1488 0343 6467 got declined", "4539 1488 0343 6467");
        assertFinds(PiiKind.PAYMENT_CARD, "use 5555-5555-5555-4444 for the test", "5555-5555-5555-4444");
    }

    @Test
    void cardNumberFailingLuhnIsNotACard() {
        assertFindsNo(PiiKind.PAYMENT_CARD, "my card 4539 1488 0343 6468 got declined");
    }

    @Test
    void ibanPassingMod97IsFound() {
        assertFinds(PiiKind.IBAN, "pay it to GB82 WEST 1234 5698 7654 32 please", "GB82 WEST 1234 5698 7654 32");
        assertFinds(PiiKind.IBAN, "IBAN DE89370400440532013000 thanks", "DE89370400440532013000");
    }

    @Test
    void ibanFailingMod97IsNotAnIban() {
        assertFindsNo(PiiKind.IBAN, "pay it to GB82 WEST 1234 5698 7654 33 please");
    }

    @Test
    void socialSecurityNumberIsFound() {
        assertFinds(PiiKind.NATIONAL_ID, "they asked for my SSN, it's 536-22-1847", "536-22-1847");
    }

    @Test
    void socialSecurityNumberInNeverIssuedAreaIsNotFound() {
        assertFindsNo(PiiKind.NATIONAL_ID, "the code was 666-22-1847 or 912-22-1847 or 536-00-1847");
    }

    @Test
    void ukNationalInsuranceNumberIsFound() {
        assertFinds(PiiKind.NATIONAL_ID, "my NI number is JG 10 37 72 A I think", "JG 10 37 72 A");
        assertFinds(PiiKind.NATIONAL_ID, "it was on the form: JG103772A", "JG103772A");
    }

    @Test
    void nationalInsuranceNumberWithReservedPrefixIsNotFound() {
        assertFindsNo(PiiKind.NATIONAL_ID, "reference GB123456A was on the letter, and QQ123456C is only an example");
    }

    @Test
    void identityNumberNamedAsSuchIsFound() {
        assertFinds(PiiKind.NATIONAL_ID, "my driving licence number is MORGA753116SM9IJ", "MORGA753116SM9IJ");
    }
}
