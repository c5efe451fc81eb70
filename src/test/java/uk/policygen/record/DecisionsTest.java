package uk.policygen.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.profile.ProfileLoader;

/** The governors' table lists what the school's files decide, not the tool's defaults. */
class DecisionsTest {
    @TempDir
    Path temp;

    @Test
    void aYesOrNoNobodyWroteIsTheDefaultNotADecision() throws IOException {
        Fixture fx = new Fixture(temp);
        ProfileLoader.Result r = fx.load("test", Fixture.VALID + "learner_phones:\n  exams: false\n  basic_phone_advice: true\nvisitors:\n  visitor_aup: false\n");
        assertThat(r.ok()).as(fx.messages(r).toString()).isTrue();
        Map<String, String> table = Decisions.of(r.school());
        assertThat(table).containsEntry("Learner phones › Exams", "no").containsEntry("Learner phones › Basic phone advice", "yes")
                .as("written in the school's layer (the fixture's kent.yml)").containsEntry("Learner phones › Confiscated returned to", "parents")
                .doesNotContainKeys("Learner phones › Whole school ban", "Learner phones › Smartwatches", "Visitors › No calls in public areas");
        assertThat(Decisions.of(r.school())).as("a 'no' the school wrote is its decision").containsEntry("Visitors › Visitor AUP", "no");
    }

    @Test
    void aDefaultWordIsNotADecisionAndATrustIsNamedAsGovernorsKnowIt() throws IOException {
        Fixture fx = new Fixture(temp);
        ProfileLoader.Result r = fx.load("test", Fixture.VALID + "group:\n  id: brook-trust\n  name: The Brook Trust\nsocial_media:\n"
                + "  channels:\n    - platform: linkedin\n      address: https://www.linkedin.com/company/brook-trust\n      shared_by: brook-trust\n");
        assertThat(r.ok()).as(fx.messages(r).toString()).isTrue();
        Map<String, String> table = Decisions.of(r.school());
        assertThat(table).containsEntry("Social media › Channels 1 › Shared by", "The Brook Trust")
                .as("'headteacher' is the tool's default, not written").doesNotContainKey("Social media › Approved by")
                .as("a person is written where their name is").containsKey("People › Designated safeguarding leads 1");
    }
}
