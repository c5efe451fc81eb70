package uk.policygen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of unreadable file is a located error, never an exception. */
class YamlTroubleTest {
    @TempDir
    Path temp;
    Fixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    private java.util.List<String> problemsOf(byte[] bytes) throws IOException {
        return fx.messages(new ProfileLoader(fx.schools(), Fixture.TODAY).load(fx.write("t", bytes)));
    }

    private java.util.List<String> problemsOf(String text) throws IOException {
        return problemsOf(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void syntaxErrorsHaveALocation() throws IOException {
        assertThat(problemsOf("school:\n  name: [Test\n")).singleElement().asString()
                .startsWith("t.yml:3:1: YAML syntax error: ");
    }

    @Test
    void commonSlipsAreNamedWhereTheyWereMadeInPlainWords() throws IOException {
        // An unclosed quote had been reported at the next quotation mark, lines below, as "expected <block end>".
        assertThat(problemsOf(Fixture.VALID.replace("  short_name: Test", "  short_name: \"Test")).get(0))
                .isEqualTo("t.yml:4:15: this value opens with \" but does not close it on the same line; expected a closing \" at the end of the value");
        // "role:Headteacher" had been reported on the line after it.
        assertThat(problemsOf(Fixture.VALID.replace("    role: Headteacher\n  designated", "    role:Headteacher\n  designated")).get(0))
                .isEqualTo("t.yml:10:10: 'role:' needs a space after the colon; expected 'role: Headteacher'");
        assertThat(problemsOf(Fixture.VALID.replace("    role: Headteacher\n  designated", "    role: Head: Teacher\n  designated")).get(0))
                .startsWith("t.yml:10:15: a value holds ': ' (a colon and a space)").endsWith("expected the whole value in double quotes, e.g. role: \"Head: Teacher\"");
        assertThat(problemsOf(Fixture.VALID.replace("  short_name: Test", "  short_name: @Test")).get(0))
                .startsWith("t.yml:4:15: a value starts with '@', which YAML does not allow there");
        // A value quoted over several lines on purpose is not blamed for a later slip.
        assertThat(problemsOf(Fixture.VALID.replace("  short_name: Test", "  short_name: \"Test\n    Primary\"") + "review:\n  cycle:annual\n").get(0))
                .doesNotContain("opens with");
    }

    @Test
    void tabsAreFoundWhereTheyAre() throws IOException {
        assertThat(problemsOf("school:\n\tname: Test\n")).containsExactly(
                "t.yml:2:1: a tab is used for indentation; YAML needs spaces (replace the tab with two spaces)");
    }

    @Test
    void duplicateKeysNameBothLines() throws IOException {
        assertThat(problemsOf(Fixture.VALID + "year_groups: Reception to Year 2\n")).containsExactly(
                "t.yml:17:1: 'year_groups' appears twice in the same section (first at line 6); expected each key once: keep one and delete the other");
    }

    @Test
    void aliasBombsAreRefused() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertThat(problemsOf(bomb.toString())).singleElement().asString()
                .contains("too many aliases (*name references); profiles do not need them: write the values out");
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing() throws IOException {
        byte[] huge = new byte[300 * 1024];
        java.util.Arrays.fill(huge, (byte) '#');
        assertThat(problemsOf(huge)).containsExactly(
                "t.yml:1:1: the file is over 256 KiB; a profile is expected to be under 256 KiB of YAML text");
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        assertThat(problemsOf(new byte[] {'a', ':', ' ', 0, 1, 2})).containsExactly(
                "t.yml:1:4: the file is binary (it contains a NUL byte); expected a YAML text file");
    }

    @Test
    void invalidUtf8IsFoundWhereItIs() throws IOException {
        byte[] latin1 = "school:\n  name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problemsOf(latin1)).containsExactly(
                "t.yml:2:12: the file is not valid UTF-8 text; save it as UTF-8 (in Word or Notepad: Save As, Encoding: UTF-8)");
    }

    @Test
    void aFileThatIsNotAMappingSaysWhatAProfileLooksLike() throws IOException {
        assertThat(problemsOf("- just\n- a list\n")).containsExactly(
                "t.yml:1:1: the file is not a set of 'key: value' lines; expected a profile such as 'school:' followed by indented keys");
    }
}
