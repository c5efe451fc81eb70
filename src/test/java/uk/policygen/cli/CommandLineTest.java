package uk.policygen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;

/** Exit codes and what the user sees: 0 all well, 1 a profile has errors, 2 a usage error. */
class CommandLineTest {
    @TempDir
    Path temp;
    Fixture fx;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    String[] folders(String... rest) {
        String[] base = {"--schools", fx.schools().toString(), "--templates", Fixture.PROJECT.resolve("templates").toString(), "--today", "2026-11-22"};
        String[] all = new String[base.length + rest.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(rest, 0, all, base.length, rest.length);
        return all;
    }

    @Test
    void checkIsZeroForAValidProfileAndWritesNothing() throws IOException {
        fx.write("good", Fixture.VALID);
        String[] args = concat(new String[] {"check"}, folders());
        assertThat(run(args)).isZero();
        assertThat(out.toString()).contains("good: ok").contains("1 ok, 0 with errors");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("schools");
        }
    }

    @Test
    void buildStillBuildsTheValidSchoolsAndExitsOneForTheInvalid() throws IOException {
        fx.write("good", Fixture.VALID);
        fx.write("bad", Fixture.VALID.replace("type: primary", "type: primry"));
        Path outDir = temp.resolve("out");
        int code = run(concat(new String[] {"build"}, folders("--out", outDir.toString())));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("bad.yml:5:9: school.type: \"primry\" is not allowed here").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(outDir.resolve("good/index.html")).exists();
        assertThat(outDir.resolve("bad")).doesNotExist();
        try (var files = Files.walk(outDir)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void buildNamedSchoolsOnly() throws IOException {
        fx.write("one", Fixture.VALID);
        fx.write("two", Fixture.VALID);
        Path outDir = temp.resolve("out");
        assertThat(run(concat(new String[] {"build"}, folders("--out", outDir.toString(), "two")))).isZero();
        assertThat(outDir.resolve("two/index.html")).exists();
        assertThat(outDir.resolve("one")).doesNotExist();
    }

    @Test
    void anUnknownSchoolIsAnErrorNotACrash() {
        assertThat(run(concat(new String[] {"build"}, folders("--out", temp.resolve("out").toString(), "nowhere")))).isEqualTo(1);
        assertThat(err.toString()).contains("nowhere.yml:1:1: no such profile");
    }

    @Test
    void usageErrorsAreTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("check", "--today", "someday")).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(run("build", "--help")).isZero();
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString()).contains("--schools=DIR").contains("--out=DIR").contains("SCHOOL_ID");
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
