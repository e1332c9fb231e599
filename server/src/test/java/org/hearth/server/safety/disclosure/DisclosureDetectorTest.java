package org.hearth.server.safety.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.server.safety.pii.PiiDetector;
import org.junit.jupiter.api.Test;

class DisclosureDetectorTest {
    private static final DisclosureDetector DETECTOR = new DisclosureDetector();

    private static List<String> found(DisclosureKind kind, String text) {
        return DETECTOR.find(text).stream().filter(d -> d.kind() == kind).map(d -> text.substring(d.start(), d.end())).toList();
    }

    @Test
    void ageAfterImIsFound() {
        assertThat(found(DisclosureKind.AGE, "I'm 34 and still living with my parents")).containsExactly("34");
        assertThat(found(DisclosureKind.AGE, "my son is a 9-year-old bundle of energy")).containsExactly("9");
        assertThat(found(DisclosureKind.AGE, "being in my forties feels strange")).containsExactly("forties");
        assertThat(found(DisclosureKind.AGE, "I turned 50 last week")).containsExactly("50");
    }

    @Test
    void numberWithAUnitAfterImIsNotAnAge() {
        assertThat(found(DisclosureKind.AGE, "I'm 20 weeks pregnant and I'm 5 days clean")).isEmpty();
    }

    @Test
    void ageIsTalliedNotRedacted() {
        String text = "I'm 27 years old";
        assertThat(found(DisclosureKind.AGE, text)).containsExactly("27");
        assertThat(new PiiDetector().find(text)).isEmpty();
    }

    @Test
    void placeAfterLiveInOrFromIsFound() {
        assertThat(found(DisclosureKind.PLACE, "I live in Hebden Bridge with two cats")).containsExactly("Hebden Bridge");
        assertThat(found(DisclosureKind.PLACE, "anyone else here in Tromsø?")).containsExactly("Tromsø");
    }

    @Test
    void knownCountriesAndCitiesAreFoundWithoutCues() {
        assertThat(found(DisclosureKind.PLACE, "Chicago winters make it worse")).containsExactly("Chicago");
        assertThat(found(DisclosureKind.PLACE, "we moved from the UK to New Zealand")).containsExactly("UK", "New Zealand");
    }

    @Test
    void wordsThatSpellAPlaceInLowerCaseAreNotPlaces() {
        assertThat(found(DisclosureKind.PLACE, "Us lot need a break, give us turkey and chad")).isEmpty();
    }

    @Test
    void monthsAndLanguagesAfterInAreNotPlaces() {
        assertThat(found(DisclosureKind.PLACE, "in May I started writing in English again")).isEmpty();
    }

    @Test
    void workplaceAfterIWorkAtIsFound() {
        assertThat(found(DisclosureKind.WORKPLACE, "I work at Brightwater Logistics on nights")).containsExactly("Brightwater Logistics");
        assertThat(found(DisclosureKind.WORKPLACE, "the manager at Northgate Supplies Ltd shouted")).containsExactly("Northgate Supplies Ltd");
    }

    @Test
    void schoolIsFound() {
        assertThat(found(DisclosureKind.SCHOOL, "exams at Kingsmead Academy start Monday")).containsExactly("Kingsmead Academy");
        assertThat(found(DisclosureKind.SCHOOL, "I'm in my second year at the University of Leeds")).containsExactly("University of Leeds");
    }

    @Test
    void workAtHomeIsNotAWorkplace() {
        assertThat(found(DisclosureKind.WORKPLACE, "I work at home most days")).isEmpty();
    }

    @Test
    void jobAfterImAIsFound() {
        assertThat(found(DisclosureKind.JOB, "I'm a nurse on a cardiac ward")).containsExactly("nurse");
        assertThat(found(DisclosureKind.JOB, "she works as a welder")).containsExactly("welder");
    }

    @Test
    void selfCriticismIsNotAJob() {
        assertThat(found(DisclosureKind.JOB, "I'm a mess and I'm a failure and I'm a loser")).isEmpty();
    }

    @Test
    void relativesNameIsFound() {
        assertThat(found(DisclosureKind.RELATIVE_NAME, "my sister Anna keeps calling")).containsExactly("Anna");
        assertThat(found(DisclosureKind.RELATIVE_NAME, "my son, Tom, is home")).containsExactly("Tom");
    }

    @Test
    void relativesNameIsNotAlsoTalliedAsAFirstName() {
        assertThat(DETECTOR.find("my partner Chris left")).extracting(Disclosure::kind).containsExactly(DisclosureKind.RELATIVE_NAME);
    }

    @Test
    void relativeWithoutANameIsNoName() {
        assertThat(found(DisclosureKind.RELATIVE_NAME, "my sister is coming and my dad Never calls")).isEmpty();
    }

    @Test
    void particularDateIsFound() {
        assertThat(found(DisclosureKind.DATE, "it happened on 3 June 2019 at the station")).containsExactly("3 June 2019");
        assertThat(found(DisclosureKind.DATE, "since 12/09/2021 nothing")).containsExactly("12/09/2021");
    }

    @Test
    void yearOrMayAsAVerbIsNoDate() {
        assertThat(found(DisclosureKind.DATE, "back in 2019 things may 5 times have been worse")).isEmpty();
    }

    @Test
    void diagnosisAndClinicAreHealthServices() {
        assertThat(found(DisclosureKind.HEALTH_SERVICE, "I was diagnosed with bipolar II last year"))
                .containsExactly("bipolar II");
        assertThat(found(DisclosureKind.HEALTH_SERVICE, "my appointment at Riverside Clinic went ok"))
                .containsExactly("Riverside Clinic");
    }

    @Test
    void talkAboutFeelingsIsNoHealthService() {
        assertThat(found(DisclosureKind.HEALTH_SERVICE, "my depression is bad today and the clinic was shut")).isEmpty();
    }

    @Test
    void groupTheAuthorClaimsIsFound() {
        assertThat(found(DisclosureKind.GROUP, "as a Catholic I feel guilty")).containsExactly("Catholic");
        assertThat(found(DisclosureKind.GROUP, "I'm Polish and my English is ok")).containsExactly("Polish");
    }

    @Test
    void groupMentionedWithoutClaimingItIsNotFound() {
        assertThat(found(DisclosureKind.GROUP, "we had Polish food and watched a Catholic wedding")).isEmpty();
    }

    @Test
    void firstNameInPersonContextIsTallied() {
        assertThat(found(DisclosureKind.FIRST_NAME, "yesterday Kieran said I was overreacting")).containsExactly("Kieran");
        assertThat(found(DisclosureKind.FIRST_NAME, "I told Maddie everything")).containsExactly("Maddie");
    }

    @Test
    void greetingAndSentenceOpeningWordsAreNotFirstNames() {
        assertThat(found(DisclosureKind.FIRST_NAME, "Hi Sam, thanks. Work is hard. Therapy was good")).isEmpty();
        assertThat(found(DisclosureKind.FIRST_NAME, "Thanks Alex and Priya, you helped so much")).isEmpty();
    }

    @Test
    void brandsSideBySideAreNotFirstNames() {
        assertThat(found(DisclosureKind.FIRST_NAME, "Netflix and Spotify are my coping tools")).isEmpty();
    }

    @Test
    void listOfThreeOrMoreNamesIsTallied() {
        assertThat(found(DisclosureKind.FIRST_NAME, "the group had Efe, Marta and Jonas in it")).containsExactly("Efe", "Marta", "Jonas");
    }

    @Test
    void holidaysAndHeightsAreNeitherPlacesNorAges() {
        assertThat(found(DisclosureKind.PLACE, "Christmas is hard since Dad died")).isEmpty();
        assertThat(found(DisclosureKind.AGE, "I'm 5 foot 2 and weigh 8 stone")).isEmpty();
    }
}
