package uk.policygen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learners' phone choices that contradict each other are reported at their lines. */
class LearnerPhoneRulesTest {
    @TempDir
    Path temp;

    private Fixture fixture;

    private Fixture fx() throws IOException {
        if (fixture == null) fixture = new Fixture(temp);
        return fixture;
    }

    private String problems(String phones) throws IOException {
        Fixture fx = fx();
        return String.join("\n", fx.messages(fx.load("test", Fixture.VALID + phones)));
    }

    @Test
    void aBanWithPhonesHandedInIsAContradiction() throws IOException {
        assertThat(problems("""
                learner_phones:
                  whole_school_ban: true
                  hand_in_all: true
                  break_time_use: true
                """)).contains("test.yml:19:16: learner_phones.hand_in_all: contradicts whole_school_ban (line 18)")
                .contains("learner_phones.break_time_use: contradicts whole_school_ban");
    }

    @Test
    void aRuleWithNeitherHandInNorArrivalSaysWhatToWrite() throws IOException {
        assertThat(problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 6
                """)).contains("learner_phones.allowed[0].hand_in: is missing; expected where the phone is handed in on arrival")
                .contains("on_arrival: switched-off");
    }

    @Test
    void whenAPhoneComesBackIsTheSchoolsToSayNotAGuess() throws IOException {
        String handedIn = problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 6
                      hand_in: the office
                    - year_groups: Year 5
                      on_arrival: switched-off
                """);
        assertThat(handedIn).contains("test.yml:19:7: learner_phones.allowed[0].returned: is missing; expected when a phone handed in on arrival"
                + " is given back, e.g. returned: at the end of the day")
                .as("a phone the learner keeps is never given back").doesNotContain("allowed[1].returned");
        assertThat(problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 6
                      on_arrival: locked-pouch
                      returned: at the end of the school day
                """)).doesNotContain("returned");
    }

    @Test
    void whoGetsAConfiscatedPhoneBackIsTheSchoolsToSay() throws IOException {
        // A walker's phone kept for a parent to collect leaves the child without it on the way home: never a default.
        fx().withoutFixtureChoices();
        assertThat(problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 6
                      condition: if they walk home alone
                      on_arrival: switched-off
                """)).contains("test.yml:18:3: learner_phones.confiscated_returned_to: is missing, but the policy says who gets a"
                + " confiscated phone back; expected confiscated_returned_to: parents (a learner of 18 or over always gets theirs back) or learner");
        assertThat(problems("""
                learner_phones:
                  confiscated_returned_to: parents
                """)).doesNotContain("confiscated_returned_to");
        assertThat(problems("""
                learner_phones:
                  whole_school_ban: true
                clauses:
                  omit: [mobile.learners-use.searching]
                """)).as("a policy that never says what happens to a confiscated phone needs no answer").doesNotContain("confiscated_returned_to");
    }

    @Test
    void whoKeepsAnExceptionsDeviceIsTheSchoolsToSay() throws IOException {
        assertThat(problems("""
                learner_phones:
                  exceptions:
                    - kind: medical
                """)).contains("learner_phones.exceptions[0].kept_by: is missing");
    }

    @Test
    void aRepeatBreachWrittenAsASentenceOfItsOwnIsQueried() throws IOException {
        assertThat(problems("""
                learner_phones:
                  repeat_breaches: parents will be asked to collect the phone
                """)).contains("warning: learner_phones.repeat_breaches: \"parents will be asked to collect the phone\" is printed after"
                + " \"A pupil who breaches this policy repeatedly\"");
        assertThat(problems("""
                learner_phones:
                  repeat_breaches: will have their phone collected by a parent or carer
                """)).doesNotContain("repeat_breaches");
    }

    @Test
    void useInADesignatedAreaNeedsAPhoneTheLearnerKeeps() throws IOException {
        assertThat(problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 6
                      hand_in: the office
                      may_use_in: [the library]
                """)).contains("learner_phones.allowed[0].may_use_in: lets these learners use their phones in the library, but the phone is handed in on arrival");
    }

    @Test
    void boardersPhonesNeedADayRuleThatLetsThemBringOne() throws IOException {
        String p = problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 6
                      hand_in: the office
                      returned: at the end of the day
                  boarding:
                    - year_groups: Year 5 and Year 6
                      may_use: in their boarding house between 6pm and 7pm
                      handed_in: at bedtime
                    - year_groups: Year 6
                      may_use: in the common room
                """);
        assertThat(p).contains("learner_phones.boarding[0].year_groups: Year 5 boarders may use phones in the boarding house, but no rule in allowed"
                        + " lets Year 5 bring a phone")
                .contains("learner_phones.boarding[0].handed_in: says when boarders hand their phones in, but not where they are kept")
                .contains("learner_phones.boarding[1].year_groups: Year 6 is already in an earlier boarding rule");
        // With every phone handed in, any year group may board with one, but only a year group the setting has.
        assertThat(problems("""
                learner_phones:
                  hand_in_all: true
                  handed_in_to: the office
                  boarding:
                    - year_groups: Year 6 and Year 9
                      may_use: in the common room
                """)).contains("learner_phones.boarding[0].year_groups: [Year 9] is not a year group at this setting")
                .doesNotContain("no rule in allowed");
        assertThat(problems("""
                learner_phones:
                  whole_school_ban: true
                  boarding:
                    - year_groups: Year 6
                      may_use: in the common room
                """)).contains("learner_phones.boarding[0]: gives boarders phones in the boarding houses, but whole_school_ban (line 18)");
        assertThat(problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 5 and Year 6
                      hand_in: the office
                      returned: at the end of the day
                  boarding:
                    - year_groups: Year 5 and Year 6
                      may_use: in their boarding house between 6pm and 7pm
                      kept_in: the house office
                      handed_in: at bedtime
                """)).doesNotContain("boarding");
    }

    @Test
    void aYearGroupInTwoRulesIsAnError() throws IOException {
        assertThat(problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 5 and Year 6
                      hand_in: the office
                    - year_groups: Year 6
                      on_arrival: locker
                """)).contains("learner_phones.allowed[1].year_groups: Year 6 is already in an earlier rule");
    }

    @Test
    void examsForANurseryAreAnError() throws IOException {
        assertThat(problems("""
                learner_phones:
                  exams: true
                """)).as("a primary school's SATs are examinations").doesNotContain("exams: adds");
        Fixture fx = fx();
        String nursery = Fixture.VALID.replace("Reception to Year 6", "Nursery and Reception") + "learner_phones:\n  exams: true\n";
        assertThat(String.join("\n", fx.messages(fx.load("nursery", nursery)))).contains("learner_phones.exams: adds the rule on phones in examinations");
    }

    @Test
    void breakTimeUseWithEveryPhoneHandedInIsQuestioned() throws IOException {
        assertThat(problems("""
                learner_phones:
                  hand_in_all: true
                  break_time_use: true
                """)).contains("learner_phones.break_time_use: lets pupils use their phones at break, but hand_in_all");
    }

    @Test
    void yearFourteenIsAYearGroup() {
        assertThat(YearGroups.parse("Reception to Year 14").last()).isEqualTo(YearGroup.year(14));
        assertThat(YearGroups.parse("Year 12 to Year 14").hasAdults()).isTrue();
    }

    @Test
    void aSchoolAddsToItsLayersListsAndDropsAnInheritedItem() throws IOException {
        Fixture fx = fx();
        java.nio.file.Files.writeString(fx.schools().resolve("shared/trust.yml"), """
                linked_policies:
                  mobile: [Trust Safeguarding Policy, Trust Data Policy]
                """);
        ProfileLoader.Result r = fx.load("test", Fixture.VALID.replace("inherits: [kent]", "inherits: [kent, trust]") + """
                linked_policies:
                  mobile:
                    - Our Behaviour Policy
                    - drop: Trust Data Policy
                """);
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.school().profile().linkedPolicies().mobile()).containsExactly("Trust Safeguarding Policy", "Our Behaviour Policy");
        ProfileLoader.Result bad = fx.load("test", Fixture.VALID.replace("inherits: [kent]", "inherits: [kent, trust]") + """
                linked_policies:
                  mobile:
                    - drop: Nothing Like It
                """);
        assertThat(fx.messages(bad).toString()).contains("linked_policies.mobile: drops \"Nothing Like It\", but no shared layer gives it");
    }


    @Test
    void aTrustsClauseChoicesApplyToEachSchoolBesideItsOwn() throws IOException {
        Fixture fx = fx();
        java.nio.file.Files.writeString(fx.schools().resolve("shared/trust.yml"), """
                clauses:
                  omit: [mobile.learners-use.concerns, mobile.learners-use.basic-phone]
                  replace:
                    - id: mobile.staff-use.keep-personal-mobile
                      text: The trust's wording.
                """);
        ProfileLoader.Result r = fx.load("test", Fixture.VALID.replace("inherits: [kent]", "inherits: [kent, trust]") + """
                clauses:
                  omit:
                    - mobile.learners-use.exams
                    - drop: mobile.learners-use.basic-phone
                  replace:
                    - id: mobile.staff-use.keep-personal-mobile
                      text: The school's wording.
                """);
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.school().profile().clauses().omit()).containsExactly("mobile.learners-use.concerns", "mobile.learners-use.exams");
        // Both rewordings are kept in order; the school's, last, is the one printed (ClauseDirective).
        assertThat(r.school().profile().clauses().replace()).extracting(c -> c.text())
                .containsExactly("The trust's wording.", "The school's wording.");
    }
    @Test
    void aWebsiteIsNotASocialMediaChannel() throws IOException {
        assertThat(problems("""
                social_media:
                  channels:
                    - platform: website
                """)).contains("social_media.channels[0].platform: a website is not a social media channel");
    }

    @Test
    void aProfileWithoutAdviceIsToldToInheritALayerOrWriteOne() throws IOException {
        Fixture fx = fx();
        String own = Fixture.VALID.replace("inherits: [kent]\n", "school:\n  local_authority: Northshire\n").replace("school:\n  name", "  name");
        assertThat(String.join("\n", fx.messages(fx.load("alone", own))))
                .contains("advice: is missing; expected where the school gets safeguarding advice: inherit a local authority's shared layer")
                .contains("schools/shared/example-local-authority.yml");
    }

    @Test
    void phonesOffInTheBagBelowTheSixthFormAreQuestionedAtReview() throws IOException {
        String found = problems("""
                learner_phones:
                  allowed:
                    - year_groups: Year 6
                      on_arrival: switched-off
                """);
        assertThat(found).contains("warning: learner_phones.allowed[0].on_arrival: keeps phones switched off with Year 6 all day");
    }
}
