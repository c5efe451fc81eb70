package uk.policygen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review-time advice: warnings the reviewer sees, never errors that hold a school back. */
class ReviewAdviceTest {
    @TempDir
    Path temp;
    Fixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    private ProfileLoader.Result load(String yaml) throws IOException {
        return fx.load("test", yaml);
    }

    @Test
    void theValidProfileHasNoAdvice() throws IOException {
        assertThat(fx.messages(load(Fixture.VALID))).isEmpty();
    }

    @Test
    void anOlderEditionThanTheSharedLayersIsAWarning() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + """
                guidance:
                  keeping_children_safe:
                    year: "2021"
                """);
        assertThat(r.ok()).isTrue();
        assertThat(fx.messages(r)).containsExactly("test.yml:19:11: warning: guidance.keeping_children_safe: cites the 2021 edition;"
                + " the current edition is 2025 (shared/guidance.yml); remove the override to cite the current one");
    }

    @Test
    void anOptionalEditionIsComparedToo() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + """
                guidance:
                  mobile_phones:
                    year: "2024"
                """);
        assertThat(fx.messages(r)).containsExactly("test.yml:19:11: warning: guidance.mobile_phones: cites the 2024 edition;"
                + " the current edition is 2026 (shared/guidance.yml); remove the override to cite the current one");
    }

    @Test
    void theSameOrANewerEditionIsNotAdvised() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + """
                guidance:
                  keeping_children_safe:
                    year: "2025"
                  working_together:
                    year: "2026"
                """);
        assertThat(fx.messages(r)).isEmpty();
    }

    @Test
    void anOldEditionInATrustLayerIsReportedWhereTheLayerSaysIt() throws IOException {
        Files.writeString(fx.schools().resolve("shared/old-trust.yml"), """
                guidance:
                  searching:
                    year: "2018"
                """);
        ProfileLoader.Result r = load(Fixture.VALID.replace("inherits: [kent]", "inherits: [kent, old-trust]"));
        assertThat(fx.messages(r)).containsExactly("shared/old-trust.yml:3:11: warning: guidance.searching: cites the 2018 edition;"
                + " the current edition is 2022 (shared/guidance.yml); remove the override to cite the current one");
    }

    @Test
    void phonesAtBreakGoAgainstTheDfEsGuidance() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + """
                learner_phones:
                  break_time_use: true
                """);
        assertThat(r.ok()).isTrue();
        assertThat(fx.messages(r)).containsExactly("test.yml:18:19: warning: learner_phones.break_time_use: lets pupils use their"
                + " phones at break or lunch; the DfE's \"Mobile phones in schools\" guidance (January 2026) says schools should be"
                + " phone-free for the whole school day, including break and lunch, with individual exceptions for medical needs,"
                + " SEND and young carers; expected break_time_use: false, unless the governors have decided to depart from the guidance");
    }

    @Test
    void phonesAtBreakInAnEarlyYearsSettingAreNotAdvised() throws IOException {
        // The DfE's guidance is written for schools, not children's centres, nurseries or clubs.
        ProfileLoader.Result r = load(Fixture.VALID.replace("type: primary", "type: childrens-centre") + """
                learner_phones:
                  break_time_use: true
                words:
                  governors: management committee
                """);
        assertThat(fx.messages(r)).isEmpty();
    }

    @Test
    void aSettingThatIsNotASchoolIsAskedWhoRatifiesItsPolicies() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("type: primary", "type: nursery"));
        assertThat(fx.messages(r)).anyMatch(m -> m.contains("warning: school.type: a nursery is not always run by a governing body")
                && m.contains("expected words.governors: e.g. trustees, management committee or proprietor"));
    }

    @Test
    void theHeadteacherNamedAgainAsASendcoDeputyIsAWarning() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("  designated_safeguarding_leads:",
                "  deputy_safeguarding_leads:\n    - name: Jane Smith\n      role: SENDCo\n  designated_safeguarding_leads:")
                .replace("    - name: Jane Smith\n      role: Headteacher\nreview", "    - name: Amy Jones\n      role: Deputy Headteacher\nreview"));
        assertThat(r.ok()).isTrue();
        assertThat(fx.messages(r)).containsExactly("test.yml:13:13: warning: people.deputy_safeguarding_leads[0].role: Jane Smith is"
                + " \"SENDCo\" here but \"Headteacher\" at people.headteacher (line 10); expected the same role wherever one person is named:"
                + " if they hold both, write \"Headteacher and SENDCo\" in both places, and if they are two people, correct the name");
    }

    @Test
    void twoEntriesWithTheSameNameAndDifferentRolesAreAWarningWhateverTheCase() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("  designated_safeguarding_leads:",
                "  business_manager:\n    name: jane smith\n    role: School Business Manager\n  designated_safeguarding_leads:"));
        assertThat(fx.messages(r)).containsExactly("test.yml:13:11: warning: people.business_manager.role: jane smith is"
                + " \"School Business Manager\" here but \"Headteacher\" at people.headteacher (line 10); expected the same role wherever"
                + " one person is named: if they hold both, write \"Headteacher and School Business Manager\" in both places, and if"
                + " they are two people, correct the name");
    }

    @Test
    void rolesThatCombineDoNotContradict() throws IOException {
        String yaml = Fixture.VALID.replace("    - name: Jane Smith\n      role: Headteacher\n",
                "    - name: Jane Smith\n      role: Head Teacher and DSL\n"
                        + "  online_safety_lead:\n    name: Jane Smith\n    role: headteacher / online safety lead\n");
        assertThat(yaml).contains("online_safety_lead");
        ProfileLoader.Result r = load(yaml);
        assertThat(r.ok()).isTrue();
        assertThat(r.school().profile().people().onlineSafetyLead()).isPresent();
        assertThat(fx.messages(r)).isEmpty();
    }

    @Test
    void aSignatoryIsComparedWithThePeople() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + """
                sign_off:
                  approved_on: 2026-10-01
                  signatories:
                    - role: Chair of Governors
                      name: Jane Smith
                """);
        assertThat(fx.messages(r)).containsExactly("test.yml:20:13: warning: sign_off.signatories[0].role: Jane Smith is"
                + " \"Chair of Governors\" here but \"Headteacher\" at people.headteacher (line 10); expected the same role wherever"
                + " one person is named: if they hold both, write \"Headteacher and Chair of Governors\" in both places, and if they"
                + " are two people, correct the name");
    }

    @Test
    void combinationsAreRecognised() {
        assertThat(ReviewAdvice.compatible("Headteacher", "Headteacher and DSL")).isTrue();
        assertThat(ReviewAdvice.compatible("Headteacher/Principal", "headteacher")).isTrue();
        assertThat(ReviewAdvice.compatible("Head Teacher", "Headteacher")).isTrue();
        assertThat(ReviewAdvice.compatible("DSL, SENDCo", "SENDCo & DSL")).isTrue();
        assertThat(ReviewAdvice.compatible("Deputy Headteacher", "Headteacher")).isFalse();
        assertThat(ReviewAdvice.compatible("Headteacher", "SENDCo")).isFalse();
        assertThat(ReviewAdvice.compatible("Headteacher and DSL", "Headteacher and SENDCo")).isTrue();
        assertThat(ReviewAdvice.compatible("DSL", "SENDCo")).isFalse();
    }
}
