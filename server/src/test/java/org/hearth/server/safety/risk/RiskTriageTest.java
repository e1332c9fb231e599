package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RiskTriageTest {
    private static final RiskTriage TRIAGE = new RiskTriage();

    private static RiskLevel level(String text) {
        return TRIAGE.assess(text).level();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I want to kill myself",
        "honestly i just want to die",
        "I've been thinking about suicide every night",
        "I'm suicidal and I don't know who to tell",
        "I don't want to live anymore",
        "there's no reason to live",
        "my life isn't worth living",
        "I cut myself again last night",
        "the urge to self-harm is back",
        "I keep wanting to end my life"})
    void ownCurrentSuicidalThoughtsAndSelfHarmAreUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm not going to kill myself, I promise",
        "I would never hurt myself",
        "I'm not suicidal, just exhausted",
        "I'd never cut myself"})
    void negatedIntentIsNotUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void deniedDeathWishBesideWantingThePainToStopIsWatch() {
        assertThat(level("I don't want to die, I just want the pain to stop")).isEqualTo(RiskLevel.WATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the only reason I haven't killed myself yet is my dog",
        "I'm trying so hard not to cut myself",
        "I can't stop thinking about killing myself",
        "I don't know why I want to die"})
    void negationThatHoldsTheThoughtBackStillCounts(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I used to self-harm, 2 years clean now",
        "I tried to kill myself when I was fifteen",
        "I was suicidal years ago, but I'm okay now",
        "I haven't cut in a year",
        "I used to cut myself every day"})
    void recoveredSelfHarmIsWatchNotUrgent(String text) {
        RiskAssessment assessment = TRIAGE.assess(text);
        assertThat(assessment.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(assessment.aboutSomeoneElse()).isFalse();
    }

    @Test
    void aRecentAttemptIsNotTreatedAsOver() {
        assertThat(level("I tried to kill myself on Saturday")).isEqualTo(RiskLevel.URGENT);
        assertThat(level("I tried to kill myself last night")).isEqualTo(RiskLevel.URGENT);
        assertThat(level("I had suicidal thoughts in the past, but now it's worse than ever")).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my friend said she wants to die",
        "I'm scared my brother is suicidal",
        "my girlfriend cuts herself and I don't know how to help",
        "my roommate told me he wants to kill himself"})
    void friendAtRiskIsAboutSomeoneElse(String text) {
        RiskAssessment assessment = TRIAGE.assess(text);
        assertThat(assessment.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(assessment.aboutSomeoneElse()).isTrue();
    }

    @Test
    void ownRiskOutweighsSomeoneElses() {
        RiskAssessment assessment = TRIAGE.assess("my cousin killed himself and now I want to die too");
        assertThat(assessment.level()).isEqualTo(RiskLevel.URGENT);
        assertThat(assessment.aboutSomeoneElse()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my sister just texted that she took a bunch of pills",
        "my friend just messaged me that she's on the bridge and going to jump"})
    void someoneElseInDangerNowIsACrisis(String text) {
        RiskAssessment assessment = TRIAGE.assess(text);
        assertThat(assessment.level()).isEqualTo(RiskLevel.CRISIS);
        assertThat(assessment.aboutSomeoneElse()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I cut myself while cooking dinner", "gonna jump in the shower then head out",
        "I took my pills this morning like the doctor said", "I have a plan for the weekend: sleep and pizza",
        "My therapist asked if I ever thought about hurting myself and I said no",
        "we went up on the roof to watch the fireworks"})
    void everydayUsesOfRiskWordsAreNone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "this exam is killing me",
        "I could murder a pizza right now",
        "dying to see that film on Friday",
        "she's killing it at work",
        "I shot myself in the foot with that email",
        "I'd rather die than sing karaoke",
        "cut myself some slack today",
        "I hurt myself playing football",
        "that would be career suicide",
        "my feet are killing me",
        "I'm dead tired"})
    void idiomsAreNotRisk(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kms", "ugh kms", "k1ll mys3lf", "I want to d i e", "I want to unalive myself",
        "thinking about sui again", "KILL MYSELF", "I wanna diiiie", "k.i.l.l myself"})
    void evasiveSpellingStillCounts(String text) {
        assertThat(level(text)).isIn(RiskLevel.URGENT, RiskLevel.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kys", "go kys", "just kill yourself"})
    void tellingSomeoneToDieIsAbuseNotTheAuthorsRisk(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I've been so depressed this week, therapy helps a bit",
        "I feel sad and lonely most days",
        "my anxiety is through the roof and I cried at work",
        "this week has been shit",
        "depression makes everything grey"})
    void talkOfOwnDepressionIsNone(String text) {
        assertThat(TRIAGE.assess(text)).isEqualTo(RiskAssessment.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I wish I could disappear",
        "I want to vanish for a while",
        "I can't go on like this",
        "there's no way out of this",
        "I just want the pain to stop"})
    void vaguePassiveWishOrHopelessnessIsWatch(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.WATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sometimes I wish I wasn't here",
        "I wish I wasnt alive",
        "i want to go to sleep and never wake up",
        "some nights I pray I won't wake up",
        "I wish I'd never been born",
        "honestly I wish I could stop existing"})
    void passiveWishToBeDeadIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I never wake up before noon on Sundays",
        "I wish I wasn't here at this awful wedding lol",
        "I used to wish I'd never been born, years ago, but I'm doing better now",
        "my sister says she wishes she was never born"})
    void passiveWishToBeDeadNotFound(String text) {
        assertThat(level(text)).isIn(RiskLevel.NONE, RiskLevel.WATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "everyone would be better off without me",
        "honestly my parents would be happier without me",
        "Im just a burden to everyone around me",
        "I feel like such a burden on my family",
        "nobody would even miss me",
        "no one would notice if I was gone"})
    void feelingABurdenIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my kids would not be better off without me, they keep me going",
        "my friend thinks her family would be better off without her",
        "I don't want to be a burden, so I'm asking here first",
        "back when I was a teen I thought everyone would be better off without me, I'm fine now"})
    void feelingABurdenNotFound(String text) {
        assertThat(level(text)).isIn(RiskLevel.NONE, RiskLevel.WATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm so tired of being alive",
        "honestly im sick of living",
        "I hate being alive",
        "I have nothing left to live for",
        "i cannot go on living like this",
        "I hate my life and I want out",
        "I'm done with living."})
    void wearinessOfLifeItselfIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm tired of living paycheck to paycheck",
        "I'm sick of living with my parents",
        "I'm not tired of life, just of this job",
        "I was tired of life back in college but things changed",
        "my dad says he's tired of living alone"})
    void wearinessOfLifeNotFound(String text) {
        assertThat(level(text)).isIn(RiskLevel.NONE, RiskLevel.WATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I feel so hopeless about everything",
        "i've lost all hope",
        "I'm feeling really hopeless tonight",
        "I've lost my will to live",
        "my life has no meaning anymore",
        "why am I still alive honestly",
        "I should have died in that crash"})
    void hopelessnessAboutOnesWholeLifeIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "if you're feeling hopeless please reach out to someone",
        "I was feeling hopeless last year but therapy helped",
        "the job market seems hopeless for graduates",
        "I'm hopeless at maths lol",
        "I'm not hopeless, just tired",
        "Why should I live in a big city when I love the countryside",
        "Don't ever give up on life yet, friend",
        "Sometimes life seems really hopeless, but then things change"})
    void hopelessnessAboutOnesWholeLifeNotFound(String text) {
        assertThat(level(text)).isIn(RiskLevel.NONE, RiskLevel.WATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "every night I go to sleep hoping I won't wake up",
        "not existing would be such a relief",
        "I wouldn't mind dying in my sleep",
        "honestly I hope I get hit by a bus"})
    void otherPassiveWishesToBeDeadAreUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I hope I don't wake up late for the exam", "I hope you wake up feeling better",
        "I wouldn't mind trying that restaurant"})
    void otherPassiveWishesNotFound(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thinking about offing myself", "some nights i think about necking myself",
        "i just wanna rope", "I've been thinking about making a noose",
        "I'm sitting here holding my gun", "I want to OD on my meds",
        "I think I need to check myself into the hospital tonight"})
    void slangMeansAndAskingToBeAdmittedAreFlagged(String text) {
        assertThat(level(text)).isIn(RiskLevel.URGENT, RiskLevel.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I brushed the crumbs off myself", "we need to rope in some volunteers",
        "I necked a pint and went home", "nobody's holding a gun to your head, mate",
        "I checked myself into the hotel at noon"})
    void slangMeansAndAdmissionLookAlikesAreNotUrgent(String text) {
        assertThat(level(text)).isIn(RiskLevel.NONE, RiskLevel.WATCH);
    }

    @Test
    void aWishToBeGoneBesideDistressNowAddsUp() {
        assertThat(level("I just want out")).isEqualTo(RiskLevel.WATCH);
        assertThat(level("I'm so lonely. I just want out")).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I tried to kill myself two years ago and I'm struggling so much again",
        "I attempted suicide in 2015. Im so depressed and I feel hopeless",
        "I used to cut myself and now I feel worthless all the time",
        "I overdosed last year. Everything is falling apart"})
    void pastAttemptOrSelfHarmBesidePresentDistressIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I tried to kill myself when I was 16 and I'm so glad I'm still here",
        "I used to self harm, I was depressed back then, but I'm doing much better now",
        "My brother attempted suicide last year and I'm struggling to help him",
        "I attempted suicide years ago. Now I have a family and a job I love."})
    void pastAttemptWithoutPresentDistressStaysBelowUrgent(String text) {
        assertThat(level(text)).isIn(RiskLevel.NONE, RiskLevel.WATCH);
    }

    @Test
    void passiveWishesAddUp() {
        assertThat(level("I can't go on. Everyone would be better off without me.")).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This is goodbye. Thank you all for everything.",
        "I want to die. Goodbye everyone, I love you all.",
        "by the time you read this I'll be gone"})
    void goodbyeMessageIsCrisis(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok goodbye, see you tomorrow", "thanks for everything you do, mods", "bye for now"})
    void everydayLeaveTakingIsNone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm going to kill myself tonight",
        "I have the pills ready and I want to die",
        "I want to die. I wrote a note for my mum.",
        "I've got a rope and I'm going to hang myself",
        "I took all my pills",
        "I'm standing on the bridge now",
        "I've saved up enough sleeping pills, tonight is the night",
        "I'm sitting on the roof and I'm going to jump",
        "goodbye. i love you all. i'm sorry. i can't keep living"})
    void planMeansTimingOrAttemptInProgressIsCrisis(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.CRISIS);
    }

    @Test
    void ownFirearmIsUrgentAndBesideSuicidalThoughtACrisis() {
        assertThat(level("I have a gun in my drawer")).isEqualTo(RiskLevel.URGENT);
        assertThat(level("I don't own a gun")).isEqualTo(RiskLevel.NONE);
        assertThat(level("I have a gun and I want to die")).isEqualTo(RiskLevel.CRISIS);
    }

    @Test
    void suicidalBehaviourDiscussedWhoeverAndWheneverItWas() {
        assertThat(TRIAGE.assess("my uncle took his own life in 2015").suicidalBehaviourDiscussed()).isTrue();
        assertThat(TRIAGE.assess("I used to cut myself").suicidalBehaviourDiscussed()).isTrue();
        assertThat(TRIAGE.assess("would an overdose of paracetamol hurt").suicidalBehaviourDiscussed()).isTrue();
        assertThat(TRIAGE.assess("I want to die").suicidalBehaviourDiscussed()).isFalse();
        assertThat(TRIAGE.assess("I would never cut myself").suicidalBehaviourDiscussed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Suicide is never the answer", "please call the suicide hotline",
        "Please don't kill yourself, you matter to us"})
    void supportAndTalkAboutSuicideInGeneralIsNotTheAuthorsRisk(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void emptyAndBlankTextIsNone() {
        assertThat(TRIAGE.assess("")).isEqualTo(RiskAssessment.NONE);
        assertThat(TRIAGE.assess("   \n ")).isEqualTo(RiskAssessment.NONE);
        assertThat(TRIAGE.assess((String) null)).isEqualTo(RiskAssessment.NONE);
    }

    @Test
    void nonAsciiEvasionsAreNormalised() {
        // Cyrillic "і" and an accent, which take the shared normaliser's slow path
        assertThat(level("kіll mysélf")).isEqualTo(RiskLevel.URGENT);
    }
}
