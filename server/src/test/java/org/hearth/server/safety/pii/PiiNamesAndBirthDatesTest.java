package org.hearth.server.safety.pii;

import static org.hearth.server.safety.pii.PiiAssertions.assertFinds;
import static org.hearth.server.safety.pii.PiiAssertions.assertFindsNo;

import org.junit.jupiter.api.Test;

class PiiNamesAndBirthDatesTest {

    @Test
    void nameAfterMyNameIsIsFound() {
        assertFinds(PiiKind.PERSON_NAME, "Hello all, my name is Priya Raman and I'm new", "Priya Raman");
    }

    @Test
    void lowerCaseNameAfterMyNameIsIsFound() {
        assertFinds(PiiKind.PERSON_NAME, "my name is tomas berg, hi", "tomas berg");
    }

    @Test
    void myNameIsFollowedByOrdinaryWordsIsNotAName() {
        assertFindsNo(PiiKind.PERSON_NAME, "my name is not important here");
    }

    @Test
    void fullNameAfterImIsFoundButAFirstNameAloneIsNot() {
        assertFinds(PiiKind.PERSON_NAME, "I'm Jane Whitfield from the Tuesday group", "Jane Whitfield");
        assertFindsNo(PiiKind.PERSON_NAME, "I'm Jane, nice to meet you all");
    }

    @Test
    void nameAfterCallMeIsFound() {
        assertFinds(PiiKind.PERSON_NAME, "everyone here can call me Robbie", "Robbie");
    }

    @Test
    void singleWordAfterCalledIsNotAFullName() {
        assertFindsNo(PiiKind.PERSON_NAME, "we watched a film called Frozen and I called Sarah after");
        assertFinds(PiiKind.PERSON_NAME, "his dad was called Peter Ames", "Peter Ames");
    }

    @Test
    void titleAndSurnameIsAName() {
        assertFinds(PiiKind.PERSON_NAME, "I saw Dr. Okonkwo yesterday", "Dr. Okonkwo");
        assertFinds(PiiKind.PERSON_NAME, "Mrs Ellen Dawes from next door", "Mrs Ellen Dawes");
    }

    @Test
    void capitalisedFirstLastPairIsAName() {
        assertFinds(PiiKind.PERSON_NAME, "we went with Marcus Hale to the meeting", "Marcus Hale");
        assertFinds(PiiKind.PERSON_NAME, "talked to Hanne I. Lund about it", "Hanne I. Lund");
    }

    @Test
    void ordinaryCapitalisedWordsAreNotNames() {
        assertFindsNo(PiiKind.PERSON_NAME, "Last Monday I moved to New York with my Mum");
        assertFindsNo(PiiKind.PERSON_NAME, "I work for Greenleaf Foods Ltd and shop at the Corner Store");
        assertFindsNo(PiiKind.PERSON_NAME, "Hi Sam, thanks for listening");
        assertFindsNo(PiiKind.PERSON_NAME, "Watching Grey's Anatomy and crying, I feel like Nobody Cares");
    }

    @Test
    void dateAfterBornOnIsADateOfBirth() {
        assertFinds(PiiKind.DATE_OF_BIRTH, "I was born on 14 March 1991 in a storm", "14 March 1991");
        assertFinds(PiiKind.DATE_OF_BIRTH, "DOB: 03/11/1987", "03/11/1987");
        assertFinds(PiiKind.DATE_OF_BIRTH, "my birthday is July 4th", "July 4th");
    }

    @Test
    void dateWithoutBirthWordsIsNotADateOfBirth() {
        assertFindsNo(PiiKind.DATE_OF_BIRTH, "my appointment is on 14 March 2025");
    }
}
