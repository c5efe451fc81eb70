package uk.policygen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        assertThat(err.toString()).contains("bad.yml:5:9: error: school.type: \"primry\" is not allowed here").doesNotContain("Exception").doesNotContain("\tat ");
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
    void anUnknownSchoolIsAMistypedCommandAndNothingIsBuilt() throws IOException {
        fx.write("hildenborough", Fixture.VALID);
        Path outDir = temp.resolve("out");
        assertThat(run(concat(new String[] {"build"}, folders("--out", outDir.toString(), "hildenborough", "nowhere")))).isEqualTo(2);
        assertThat(err.toString()).contains("there is no school 'nowhere'").contains("expected a school id").doesNotContain("Exception");
        assertThat(outDir).doesNotExist();
    }

    @Test
    void aMisspeltIdGetsASuggestion() throws IOException {
        fx.write("hildenborough", Fixture.VALID);
        assertThat(run(concat(new String[] {"check"}, folders("hildenbrough")))).isEqualTo(2);
        assertThat(err.toString()).contains("policygen: error: there is no school 'hildenbrough'").contains("did you mean 'hildenborough'?");
    }

    @Test
    void idsAndPathsAreAlike() throws IOException {
        Path file = fx.write("littlebourne", Fixture.VALID);
        Path outDir = temp.resolve("out");
        assertThat(run(concat(new String[] {"check"}, folders("littlebourne")))).isZero();
        assertThat(run(concat(new String[] {"check"}, folders(file.toString())))).isZero();
        assertThat(run(concat(new String[] {"build"}, folders("--out", outDir.toString(), file.toString())))).as(err.toString()).isZero();
        assertThat(outDir.resolve("littlebourne/index.html")).exists();
        assertThat(out.toString()).contains("littlebourne: ok").contains("littlebourne: wrote");
    }

    /** A profile saved as .yaml or .YML was passed over without a word ("4 ok", exit 0): it is an error that names the file and the fix. */
    @Test
    void aProfileSavedUnderAnotherEndingIsReportedByName() throws IOException {
        fx.write("good", Fixture.VALID);
        Files.writeString(fx.schools().resolve("littlebourne.yaml"), Fixture.VALID);
        Files.writeString(fx.schools().resolve("oakfield.YML"), Fixture.VALID);
        assertThat(run(concat(new String[] {"check"}, folders()))).isEqualTo(1);
        assertThat(err.toString()).contains("littlebourne.yaml:1:1: error: this profile is not read: policygen reads only profiles named"
                + " SCHOOL_ID.yml (the ending in lower case); expected it renamed to littlebourne.yml")
                .contains("oakfield.YML:1:1: error: this profile is not read").contains("expected it renamed to oakfield.yml");
        assertThat(out.toString()).contains("good: ok").contains("1 ok, 2 with errors");

        for (String named : List.of("littlebourne", "littlebourne.yaml", fx.schools().resolve("littlebourne.yaml").toString())) {
            err.getBuffer().setLength(0);
            assertThat(run(concat(new String[] {"check"}, folders(named)))).as(named).isEqualTo(2);
            assertThat(err.toString()).as(named).contains("littlebourne.yaml is not read").contains("expected it renamed to littlebourne.yml");
        }
        err.getBuffer().setLength(0);
        Path outDir = temp.resolve("out");
        assertThat(run(concat(new String[] {"build"}, folders("--out", outDir.toString())))).isEqualTo(1);
        assertThat(err.toString()).contains("littlebourne.yaml:1:1: error: this profile is not read");
        assertThat(outDir.resolve("good/index.html")).as("the other schools are still built").exists();

        // Beside the profile of the same school, it is to be merged, not renamed over it.
        fx.write("littlebourne", Fixture.VALID);
        err.getBuffer().setLength(0);
        assertThat(run(concat(new String[] {"check"}, folders()))).isEqualTo(1);
        assertThat(err.toString()).contains("littlebourne.yaml:1:1: error: this profile is not read").contains("and littlebourne.yml is this"
                + " school's profile; expected what this file holds moved into littlebourne.yml, and this file deleted");

        // With no profile named .yml at all, the misnamed one is still what is said.
        Path alone = temp.resolve("alone");
        Files.createDirectories(alone);
        Files.writeString(alone.resolve("littlebourne.yaml"), Fixture.VALID);
        err.getBuffer().setLength(0);
        assertThat(run("check", "--schools", alone.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("littlebourne.yaml:1:1: error: this profile is not read").doesNotContain("there are no profiles");
    }

    @Test
    void aBadDateOptionGetsAPlainMessage() {
        assertThat(run("check", "--today", "2026-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--today").contains("\"2026-13-01\" is not a date; expected YYYY-MM-DD")
                .doesNotContain("DateTimeParseException").doesNotContain("java.");
    }

    @Test
    void aBarePolicygenPrintsItsUsage() {
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("Usage: policygen").contains("build").contains("check").contains("new").contains("completion");
    }

    @Test
    void theVersionComesFromThePom() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).matches("policygen \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void errorsAndWarningsAreTagged() throws IOException {
        fx.write("late", Fixture.VALID.replace("next_review: 2027-09-01", "next_review: 2026-10-01"));
        fx.write("wrong", Fixture.VALID.replace("type: primary", "type: primry"));
        assertThat(run(concat(new String[] {"check"}, folders()))).isEqualTo(1);
        assertThat(err.toString().lines()).isNotEmpty().allMatch(l -> l.matches("[^:]+:\\d+:\\d+: (error|warning): .*"));
        assertThat(err.toString()).contains(": error: school.type:").contains(": warning: review.next_review:");
    }

    @Test
    void aProblemInASharedLayerIsPrintedOnceNotOncePerSchool() throws IOException {
        fx.write("one", Fixture.VALID);
        fx.write("two", Fixture.VALID);
        fx.write("three", Fixture.VALID.replace("next_review: 2027-09-01", "next_review: 2026-10-01"));
        assertThat(run(concat(new String[] {"check"}, folders()))).isZero();
        // guidance.yml holds an entry that could not be confirmed: every school reads it, the user reads it once.
        assertThat(err.toString().lines().filter(l -> l.contains("guidance.yml") && l.contains("warning: guidance.keeping_children_safe"))).hasSize(1);
        assertThat(err.toString()).contains("three.yml").contains("warning: review.next_review:");
        assertThat(out.toString()).contains("3 ok, 0 with errors");
    }

    @Test
    void quietPrintsOnlyProblems() throws IOException {
        fx.write("good", Fixture.VALID);
        assertThat(run(concat(new String[] {"check", "--quiet"}, folders()))).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void checkAsJsonGivesEveryProblemsPlace() throws Exception {
        fx.write("bad", Fixture.VALID.replace("type: primary", "type: primry"));
        fx.write("good", Fixture.VALID);
        assertThat(run(concat(new String[] {"check", "--format", "json"}, folders()))).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(doc.get("ok").asBoolean()).isFalse();
        assertThat(doc.get("schools")).hasSize(2);
        var p = doc.get("problems").get(0);
        assertThat(p.get("file").asText()).endsWith("bad.yml");
        assertThat(p.get("line").asInt()).isEqualTo(5);
        assertThat(p.get("column").asInt()).isEqualTo(9);
        assertThat(p.get("field").asText()).isEqualTo("school.type");
        assertThat(p.get("severity").asText()).isEqualTo("error");
        assertThat(p.get("message").asText()).startsWith("\"primry\" is not allowed here");
    }

    @Test
    void reviewAsJsonListsEachDocument() throws Exception {
        fx.write("good", Fixture.VALID);
        assertThat(run(concat(new String[] {"review", "--format", "json"}, folders()))).isZero();
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(doc.get("reviews")).isNotEmpty();
        var first = doc.get("reviews").get(0);
        assertThat(first.get("school").asText()).isEqualTo("good");
        assertThat(first.get("next_review").asText()).isEqualTo("2027-09-01");
        assertThat(first.get("status").asText()).isEqualTo("draft");
    }

    @Test
    void anInternalErrorIsThreeWithALogFile() throws IOException {
        StringWriter e = new StringWriter();
        int code = Main.crashed(new IllegalStateException("boom"), new PrintWriter(e, true));
        assertThat(code).isEqualTo(3);
        assertThat(e.toString()).contains("internal error: IllegalStateException: boom").doesNotContain("\tat ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("details are in (\\S+\\.log)").matcher(e.toString());
        assertThat(m.find()).isTrue();
        Path log = Path.of(m.group(1));
        assertThat(Files.readString(log)).contains("boom").contains("\tat ");
        Files.delete(log);
    }

    @Test
    void completionPrintsABashScript() {
        int code = Main.run(new String[] {"completion"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("complete -F").contains("policygen");
    }

    @Test
    void progressSaysHowManyAndHowLong() {
        assertThat(Report.progressText(0, 120, "littlebourne.yml", java.time.Duration.ZERO)).isEqualTo("[1/120] littlebourne.yml");
        assertThat(Report.progressText(10, 120, "x.yml", java.time.Duration.ofSeconds(20))).isEqualTo("[11/120] x.yml, about 3 min 40 s left");
        StringWriter e = new StringWriter();
        Report onTerminal = new Report(new PrintWriter(out, true), new PrintWriter(e, true), false, false, true);
        onTerminal.progress(0, 3, "a.yml");
        onTerminal.line("a: ok");
        assertThat(e.toString()).contains("[1/3] a.yml").endsWith("\r\033[K");
        StringWriter piped = new StringWriter();
        Report notTerminal = new Report(new PrintWriter(out, true), new PrintWriter(piped, true), false, false, false);
        notTerminal.progress(0, 3, "a.yml");
        assertThat(piped.toString()).isEmpty();
    }

    @Test
    void usageErrorsAreTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("check", "--today", "someday")).isEqualTo(2);
        assertThat(run("check", "--format", "xml")).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(run("build", "--help")).isZero();
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString()).contains("--schools=DIR").contains("--out=DIR").contains("SCHOOL");
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
