package uk.policygen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.cli.Main;
import uk.policygen.profile.Fixture;

/**
 * A fault inside one school's build (a bug policygen meets on that school's input): the school
 * fails alone with a short message, the run goes on to the next school, the exit code is 3, and
 * the stack trace is in a log file named on the screen, never on it.
 */
class CrashHostileTest {
    @TempDir
    Path temp;

    @AfterEach
    void noFault() {
        Policygen.faultBeforeBuilding = profile -> { };
    }

    @Test
    void aCrashInOneSchoolExitsThreeWithALogAndTheOthersAreBuilt() throws IOException {
        Fixture fx = new Fixture(temp);
        fx.write("alpha", Fixture.VALID);
        fx.write("beta", Fixture.VALID);
        Path output = temp.resolve("output");
        // the previous, good build of beta
        assertThat(build(fx, output, new StringWriter(), new StringWriter())).isEqualTo(Main.OK);
        byte[] before = Files.readAllBytes(output.resolve("beta/index.html"));
        fx.write("beta", Fixture.VALID.replace("short_name: Test", "short_name: Tested"));
        fx.write("gamma", Fixture.VALID); // a school after the one that fails, new in this run

        Policygen.faultBeforeBuilding = profile -> {
            if (profile.getFileName().toString().equals("beta.yml")) {
                throw new IllegalStateException("planted fault\nwith a second line that stays in the log");
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = build(fx, output, out, err);

        String screen = out + "" + err;
        assertThat(code).as(screen).isEqualTo(Main.INTERNAL).isEqualTo(3);
        assertThat(screen).contains("beta.yml: not built: policygen failed on it (internal error: IllegalStateException: planted fault (details in ")
                .contains("its previous files are unchanged")
                .contains("alpha: unchanged since the last build").contains("gamma: wrote")
                .contains("2 ok, 0 with errors, 1 failed with an internal error")
                .doesNotContain("\tat ").doesNotContain("second line");
        Matcher m = Pattern.compile("details in (\\S+\\.log)").matcher(screen);
        assertThat(m.find()).isTrue();
        Path log = Path.of(m.group(1));
        try {
            assertThat(Files.readString(log)).startsWith(Policygen.VERSION + "\n").doesNotContain("policygen policygen").contains("planted fault").contains("with a second line").contains("\tat ")
                    .contains("CrashHostileTest");
        } finally {
            Files.deleteIfExists(log);
        }
        assertThat(Files.readAllBytes(output.resolve("beta/index.html"))).as("beta's previous files").isEqualTo(before);
        assertThat(output.resolve("gamma/index.html")).exists();
    }

    static int build(Fixture fx, Path output, StringWriter out, StringWriter err) {
        return Main.run(new String[] {"build", "--schools", fx.schools().toString(), "--templates", Fixture.PROJECT.resolve("templates").toString(),
                "--today", "2026-11-22", "--out", output.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /**
     * The next school is begun before the one before it is finished. A fault of a kind the run does not
     * survive (here a class that cannot be loaded), met while beginning the second school, ends the run
     * only after the first is finished, published and reported, as when schools were built one by one.
     */
    @Test
    void aFatalFaultBeginningTheNextSchoolComesAfterThePreviousSchoolIsPublished() throws IOException {
        Fixture fx = new Fixture(temp);
        java.util.List<Path> profiles = java.util.List.of(fx.write("alpha", Fixture.VALID), fx.write("beta", Fixture.VALID));
        Path output = temp.resolve("output");
        Policygen.faultBeforeBuilding = profile -> {
            if (profile.getFileName().toString().equals("beta.yml")) throw new NoClassDefFoundError("planted");
        };
        java.util.Iterator<uk.policygen.publish.PackBuilder.Outcome> built = Policygen.build(
                () -> new uk.policygen.publish.PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), output, Fixture.TODAY), profiles, 1)
                .iterator();
        uk.policygen.publish.PackBuilder.Outcome alpha = built.next();
        assertThat(alpha.ok()).as(alpha.problems().toString()).isTrue();
        assertThat(output.resolve("alpha/index.html")).exists();
        assertThat(built.hasNext()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(built::next).isInstanceOf(NoClassDefFoundError.class).hasMessage("planted");
        assertThat(output.resolve("beta")).doesNotExist();
    }
}
