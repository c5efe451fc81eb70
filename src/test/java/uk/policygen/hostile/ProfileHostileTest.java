package uk.policygen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.policygen.profile.Fixture;
import uk.policygen.profile.ProfileLoader;

/** Profiles that would corrupt, disguise or silently lose printed text, or exhaust the machine: located errors instead. */
class ProfileHostileTest {
    @TempDir
    Path temp;
    Fixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    List<String> errors(String yaml) throws IOException {
        ProfileLoader.Result r = fx.load("test", yaml);
        assertThat(r.ok()).as("accepted: " + yaml).isFalse();
        return fx.messages(r);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "right-to-left override | \\u202E | a bidi control character (U+202E)",
            "left-to-right isolate  | \\u2066 | a bidi control character (U+2066)",
            "NUL                    | \\0     | a control character (U+0000)",
            "BEL                    | \\a     | a control character (U+0007)",
            "ESC                    | \\e     | a control character (U+001B)",
            "lone surrogate         | \\uD800 | a lone surrogate (U+D800)",
            "C1 control             | \\x85x  | a control character (U+0085)"})
    void controlAndBidiCharactersAreRefusedWhereTheyAre(String what, String escape, String expected) throws IOException {
        List<String> e = errors(Fixture.VALID.replace("short_name: Test", "short_name: \"Te" + escape + "st\""));
        assertThat(e).singleElement().asString().startsWith("test.yml:4:15: the value holds a character it cannot have: " + expected).contains("(character 3); remove it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Chinese | 王 芳      | 王 (U+738B, Han script) is not in the PDF's fonts (Noto Sans, DejaVu Sans) and would print as #",
            "Thai    | สมชาย ใจดี | (U+0E2A, Thai script) is not in the PDF's fonts",
            "Hindi   | प्रिया शर्मा | (U+092A, Devanagari script) is not in the PDF's fonts",
            "Arabic  | فاطمة حسن  | is right-to-left, which the PDF would print reversed and unjoined"})
    void lettersThePdfCannotPrintAreRefusedNotPrintedAsHashes(String script, String name, String expected) throws IOException {
        List<String> e = errors(Fixture.VALID.replace("    name: Jane Smith\n    role: Headteacher", "    name: " + name + "\n    role: Headteacher"));
        assertThat(e).anySatisfy(m -> assertThat(m).startsWith("test.yml:9:11: the value holds").contains(expected));
    }

    @Test
    void aUtf16ProfileIsAskedToBeSavedAsUtf8() throws IOException {
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
            ProfileLoader.Result r = new ProfileLoader(fx.schools(), Fixture.TODAY).load(fx.write("test", Fixture.VALID.getBytes(cs)));
            assertThat(fx.messages(r)).as(cs.name()).containsExactly(
                    "test.yml:1:1: the file is saved as UTF-16 (Notepad calls it \"Unicode\"); save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)");
        }
    }

    @Test
    void aFewAliasesThatExpandToGigabytesAreStoppedQuickly() throws IOException {
        // 20 alias uses (within the alias limit), each level twice the one before, over a 200 KB value: 200 MB once expanded
        StringBuilder bomb = new StringBuilder(Fixture.VALID).append("x0: &a0 \"").append("lol".repeat(70_000)).append("\"\n");
        for (int i = 1; i <= 10; i++) {
            bomb.append("x").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        long t0 = System.nanoTime();
        List<String> e = errors(bomb.toString());
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
        assertThat(e.toString()).contains("once its aliases (*name references) are expanded");
    }

    @Test
    void aHugeProfileIsRefusedWithoutReadingItAll() throws IOException {
        byte[] huge = new byte[64 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '#');
        ProfileLoader.Result r = new ProfileLoader(fx.schools(), Fixture.TODAY).load(fx.write("test", huge));
        assertThat(fx.messages(r)).containsExactly("test.yml:1:1: the file is over 256 KiB; a profile is expected to be under 256 KiB of YAML text");
    }

    @Test
    void decomposedAndSingleNamesAreAccepted() throws IOException {
        String nfd = java.text.Normalizer.normalize("Nguyễn Thị Minh", java.text.Normalizer.Form.NFD);
        ProfileLoader.Result r = fx.load("test", Fixture.VALID.replace("    name: Jane Smith\n    role: Headteacher", "    name: " + nfd + "\n    role: Headteacher")
                .replace("  designated_safeguarding_leads:\n    - name: Jane Smith", "  designated_safeguarding_leads:\n    - name: Madonna"));
        assertThat(fx.messages(r)).isEmpty();
        assertThat(r.school().profile().people().headteacher().orElseThrow().name().value()).isEqualTo("Nguyễn Thị Minh");
    }

    @Test
    void aWrongTypeDoesNotHideTheRuleErrorsOfTheSameProfile() throws IOException {
        // a string where a list is expected, and a review date before the last review: both in one run, in file order
        List<String> e = errors(Fixture.VALID.replace("next_review: 2027-09-01", "next_review: 2026-08-01") + "restricted_areas: toilets\n");
        assertThat(e).hasSize(3);
        assertThat(e.get(0)).startsWith("test.yml:16:16: review.next_review: 2026-08-01 is not after the last review (2026-09-01)");
        assertThat(e.get(1)).startsWith("test.yml:16:16: warning: review.next_review: the review was due 1 August 2026 and is overdue");
        assertThat(e.get(2)).isEqualTo("test.yml:17:19: restricted_areas: is a single value; expected a list, one '- item' per line");
    }

    @Test
    void everyKindOfBindingErrorStillLetsTheOtherRulesRun() throws IOException {
        List<String> e = errors(Fixture.VALID.replace("    role: Headteacher\n  designated", "    role: [Headteacher]\n  designated") + """
                learner_phones:
                  allowed:
                    - year_groups: Year 5
                      on_arrival: locker
                      hand_in: the office
                    - year_groups: Year 6
                      on_arrival: in-a-drawer
                      may_use_in: [the library]
                social_media:
                  channels:
                    - platform: myspace
                    - platform: facebook
                      address: https://www.instagram.com/testschool
                unknown_section: 1
                """);
        String all = String.join("\n", e);
        // the binding errors, each where it is
        assertThat(all).contains("test.yml:10:11: people.headteacher.role: is a list")
                .contains("test.yml:23:19: learner_phones.allowed[1].on_arrival: \"in-a-drawer\" is not allowed here")
                .contains("test.yml:27:17: social_media.channels[0].platform: \"myspace\" is not allowed here")
                .contains("test.yml:30:1: unknown_section: unknown key");
        // the rule errors of the fields that did bind, with their own numbers although an item before them failed
        assertThat(all).contains("test.yml:21:16: learner_phones.allowed[0].hand_in: says the phone is handed in, but on_arrival is locker")
                .contains("test.yml:29:16: social_media.channels[1].address: www.instagram.com is not a Facebook address")
                .contains("test.yml:19:7: learner_phones.allowed[0].returned: is missing");
        // no echo of a failed value: the second rule's arrival failed, so nothing is said about where it may be used
        assertThat(all).doesNotContain("allowed[1].may_use_in").doesNotContain("allowed[1].hand_in").doesNotContain("channels[0].address");
        assertThat(e).hasSize(7);
    }

    @Test
    void aFailedValueIsNotReadAsLeftOut() throws IOException {
        // year_groups of the wrong type is not "not given": no warning that it is missing, only the error that it is wrong
        List<String> e = errors(Fixture.VALID.replace("year_groups: Reception to Year 6", "year_groups: [Reception, Year 6]"));
        assertThat(e).singleElement().asString().startsWith("test.yml:6:14: year_groups: is a list");
    }
}
