package uk.policygen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import picocli.CommandLine;
import uk.policygen.profile.Fixture;
import uk.policygen.schema.ProfileSchema;

/** `policygen new`: a profile with nothing from another school, whose facts to fill check lists, and that builds once filled. */
class NewCommandTest {
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

    String[] with(String command, String... rest) {
        String[] base = {command, "--schools", fx.schools().toString()};
        return CommandLineTest.concat(base, rest);
    }

    @Test
    void checkListsEachFactToFillAtItsLineAndOnceFilledItBuilds() throws IOException {
        // The real Kent layer: the fixture's layer makes choices for every school that a new profile must ask for.
        fx.withoutFixtureChoices();
        assertThat(run(with("new", "oakfield", "--type", "primary", "--local-authority", "Kent", "--year-groups", "Years 1 to 6",
                "--name", "Oakfield Primary School", "--today", "2026-11-22"))).as(err.toString()).isZero();
        Path file = fx.schools().resolve("oakfield.yml");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("# yaml-language-server: $schema=profile.schema.json");
        assertThat(lines).contains("inherits: [kent]", "  type: primary", "  name: Oakfield Primary School", "year_groups: Year 1 to Year 6",
                "  cycle: annual   # or every-two-years, every-three-years", "  arrangement: separate   # or combined, mobile-only");
        String text = Files.readString(file);
        // Nothing from any other school, and the layer's facts are left to the layer.
        assertThat(text).doesNotContain("Littlebourne Church").doesNotContain("seed").doesNotContain("Education People")
                .contains("# local_authority: given by schools/shared/kent.yml").contains("# advice: given by schools/shared/kent.yml");

        // Who gets a confiscated phone back is optional in the records, but the model's clauses need it decided.
        assertThat(text).contains("confiscated_returned_to:   # TO FILL");
        int toFill = (int) lines.stream().filter(l -> l.contains("# TO FILL")).count();
        assertThat(toFill).isGreaterThanOrEqualTo(3);
        assertThat(run(with("check", "oakfield", "--templates", Fixture.PROJECT.resolve("templates").toString(), "--today", "2026-11-22"))).isEqualTo(1);
        List<String> errors = err.toString().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).hasSize(toFill);
        for (String e : errors) {
            int line = Integer.parseInt(e.replaceFirst("^.*oakfield\\.yml:(\\d+):\\d+: .*$", "$1"));
            assertThat(lines.get(line - 1)).as(e).contains("# TO FILL");
        }

        String filled = text.replace("short_name:   # TO FILL", "short_name: Oakfield")
                .replaceFirst("last_reviewed:   # TO FILL[^\\n]*", "last_reviewed: 2026-09")
                .replaceFirst("next_review:   # TO FILL[^\\n]*", "next_review: 2027-09")
                .replaceFirst("confiscated_returned_to:   # TO FILL[^\\n]*", "confiscated_returned_to: parents");
        Files.writeString(file, filled);
        assertThat(filled.lines()).noneMatch(l -> !l.strip().startsWith("#") && l.contains("TO FILL"));
        err.getBuffer().setLength(0);
        Path outDir = temp.resolve("out");
        assertThat(run(with("build", "oakfield", "--templates", Fixture.PROJECT.resolve("templates").toString(), "--today", "2026-11-22",
                "--out", outDir.toString()))).as(err.toString()).isZero();
        assertThat(outDir.resolve("oakfield/index.html")).exists();
        assertThat(outDir.resolve("oakfield/mobile-and-smart-technology-policy.pdf")).exists();
    }

    @Test
    void theNewProfilePassesTheSchema() throws IOException {
        assertThat(run(with("new", "st-annes", "--type", "secondary", "--local-authority", "Hampshire", "--documents", "combined"))).isZero();
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(Fixture.PROJECT.resolve(ProfileSchema.FILE)), InputFormat.JSON);
        String text = Files.readString(fx.schools().resolve("st-annes.yml"));
        // The editor underlines exactly the facts still to fill (they are empty), and nothing else.
        var errors = schema.validate(text, InputFormat.YAML);
        // One place underlined per fact (a choice left empty is also outside its list of words: two messages, one place).
        assertThat(errors.stream().map(e -> e.toString().replaceFirst(":.*", "")).distinct())
                .hasSize((int) text.lines().filter(l -> l.contains("# TO FILL")).count());
        assertThat(errors.stream().filter(e -> e.toString().contains("null found")).map(e -> e.toString().replaceFirst(":.*", "")).distinct())
                .hasSize((int) text.lines().filter(l -> l.contains("# TO FILL")).count());
        assertThat(Files.readString(fx.schools().resolve("st-annes.yml"))).contains("arrangement: combined").contains("local_authority: Hampshire");
    }

    @Test
    void aNurseryStartsWithItsOwnWordsAndEveryNewSchoolWithTheNewestEdition() throws IOException {
        assertThat(run(with("new", "little-owls", "--type", "nursery", "--year-groups", "Nursery",
                "--templates", Fixture.PROJECT.resolve("templates").toString()))).as(err.toString()).isZero();
        String text = Files.readString(fx.schools().resolve("little-owls.yml"));
        assertThat(text).contains("  children: children\n", "  setting: nursery\n", "  leader: nursery manager\n").doesNotContain("children: pupils");
        // Under-fives: no phones, and nothing to ask about who gets one back.
        assertThat(text).contains("  whole_school_ban: true\n", "  confiscated_returned_to: parents\n");
        String newest = uk.policygen.record.ModelEditions.of(Fixture.PROJECT.resolve("templates")).newest().edition();
        assertThat(text).contains("model_edition: \"" + newest + "\"");

        assertThat(run(with("new", "riverside", "--type", "special"))).as(err.toString()).isZero();
        assertThat(Files.readString(fx.schools().resolve("riverside.yml"))).contains("  simplified_send_form: true\n");
    }

    @Test
    void itNeverOverwritesAProfile() throws IOException {
        Path existing = fx.write("oakfield", Fixture.VALID);
        assertThat(run(with("new", "oakfield", "--type", "primary"))).isEqualTo(2);
        assertThat(err.toString()).contains("already exists; policygen never overwrites a profile");
        assertThat(Files.readString(existing)).isEqualTo(Fixture.VALID);
    }

    @Test
    void badOptionsArePlainUsageErrors() {
        assertThat(run(with("new", "Oak Field"))).isEqualTo(2);
        assertThat(run(with("new", "oakfield", "--type", "primry"))).isEqualTo(2);
        assertThat(err.toString()).contains("--type: \"primry\" is not allowed here; did you mean 'primary'?");
        assertThat(run(with("new", "oakfield", "--year-groups", "Year 15"))).isEqualTo(2);
        assertThat(fx.schools().resolve("oakfield.yml")).doesNotExist();
    }

    /** check refuses a profile named after a folder policygen keeps in schools/, so new does not write one. */
    @Test
    void theNamesOfFoldersPolicygenKeepsAreRefusedBeforeAnythingIsWritten() throws IOException {
        for (String kept : List.of("shared", "records")) {
            assertThat(run(with("new", kept, "--type", "primary"))).as(kept).isEqualTo(2);
            assertThat(err.toString()).contains("'" + kept + "' is the name of a folder policygen keeps in schools/; expected another school id");
            assertThat(fx.schools().resolve(kept + ".yml")).doesNotExist();
        }
    }

    @Test
    void onATerminalASlipIsAskedAgainAndNoAnswerIsLost() throws IOException {
        NewCommand command = new NewCommand();
        command.answers = new BufferedReader(new StringReader("Oakfield Infant School\nprimry\nprimary\nKent\n\nReception to Year 66\nReception to Year 6\nseperate\nseparate\n"));
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("oakfield", "--schools", fx.schools().toString())).isZero();
        assertThat(out.toString()).contains("\"primry\" is not one of these; did you mean 'primary'? Try again")
                .contains("\"seperate\" is not one of these; did you mean 'separate'?").contains("Try again, or press Enter to skip.").contains("wrote ");
        assertThat(Files.readString(fx.schools().resolve("oakfield.yml"))).contains("name: Oakfield Infant School").contains("type: primary")
                .contains("year_groups: Reception to Year 6").contains("arrangement: separate");
    }

    @Test
    void onATerminalItAsks() throws IOException {
        NewCommand command = new NewCommand();
        command.answers = new BufferedReader(new StringReader("Oakfield Infant School\ninfant\nKent\n\nReception to Year 2\nmobile-only\n"));
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("oakfield", "--schools", fx.schools().toString())).isZero();
        assertThat(out.toString()).contains("The kind of setting (infant, junior").contains("wrote ");
        String text = Files.readString(fx.schools().resolve("oakfield.yml"));
        assertThat(text).contains("name: Oakfield Infant School").contains("type: infant").contains("inherits: [kent]")
                .contains("year_groups: Reception to Year 2").contains("arrangement: mobile-only");
    }
}
