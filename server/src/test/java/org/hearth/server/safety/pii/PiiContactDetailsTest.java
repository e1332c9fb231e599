package org.hearth.server.safety.pii;

import static org.hearth.server.safety.pii.PiiAssertions.assertFinds;
import static org.hearth.server.safety.pii.PiiAssertions.assertFindsNo;
import static org.hearth.server.safety.pii.PiiAssertions.assertFindsNothing;

import org.junit.jupiter.api.Test;

class PiiContactDetailsTest {

    @Test
    void emailAddressIsFound() {
        assertFinds(PiiKind.EMAIL, "drop me a line at sam.okafor+support@mailbox.co.uk if you want", "sam.okafor+support@mailbox.co.uk");
    }

    @Test
    void atSignBetweenWordsIsNotAnEmail() {
        assertFindsNo(PiiKind.EMAIL, "meet me @ the park, 2 @ 3pm is fine");
    }

    @Test
    void webAddressesWithSchemeOrWwwAreFound() {
        assertFinds(PiiKind.URL, "my blog is https://quietmornings.example.org/about so have a look", "https://quietmornings.example.org/about");
        assertFinds(PiiKind.URL, "try www.mygroupnotes.net sometime", "www.mygroupnotes.net");
    }

    @Test
    void bareDomainNamesAreFound() {
        assertFinds(PiiKind.URL, "search for rileysjournal.blog.de, that's me", "rileysjournal.blog.de");
    }

    @Test
    void sentencesRunTogetherAreNotDomains() {
        assertFindsNo(PiiKind.URL, "I tried.It didn't work.Then I slept");
    }

    @Test
    void socialHandleIsFound() {
        assertFinds(PiiKind.SOCIAL_HANDLE, "follow me on insta @dan_walks_daily for dog pics", "@dan_walks_daily");
    }

    @Test
    void emailIsNotAlsoAHandle() {
        assertFindsNo(PiiKind.SOCIAL_HANDLE, "write to kim@example.com");
    }

    @Test
    void ipv4AddressIsFound() {
        assertFinds(PiiKind.IP_ADDRESS, "the router at 192.168.10.254 keeps dropping", "192.168.10.254");
    }

    @Test
    void ipv6AddressIsFound() {
        assertFinds(PiiKind.IP_ADDRESS, "my address showed as 2001:db8:85a3::8a2e:370:7334 today", "2001:db8:85a3::8a2e:370:7334");
    }

    @Test
    void versionNumbersAndTimesAreNotIpAddresses() {
        assertFindsNo(PiiKind.IP_ADDRESS, "updated to version 3.2.1 at 10:30, and 999.1.1.1 is no address");
    }

    @Test
    void ordinaryVentingHasNoPersonalDetails() {
        assertFindsNothing("this week has been awful and I just want to sleep for a month");
        assertFindsNothing("Therapy was hard today. My counsellor says it gets easier.");
    }
}
