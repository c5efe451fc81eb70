package uk.policygen.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.profile.Problem;
import uk.policygen.publish.PackBuilder;

/**
 * An edition file is kept by hand: every slip in it (bad YAML, a key it does not know, a missing field,
 * a {@code meets:} naming guidance policygen does not know, a name that differs from its folder) is a
 * located error, all reported at once, and no school is built from it; never an exception.
 */
class EditionFileTest {
    @TempDir
    Path temp;

    /** A copy of the project's templates, with one edition file replaced. */
    private Path templates(String file, String yaml) throws IOException {
        Path out = Files.createTempDirectory(temp, "templates");
        try (var walk = Files.walk(Fixture.PROJECT.resolve("templates"))) {
            for (Path p : walk.toList()) {
                Path to = out.resolve(Fixture.PROJECT.resolve("templates").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(out.resolve(file), yaml);
        return out;
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void everySlipInAnOverlayIsReportedAtItsLineAndColumnAtOnce() throws IOException {
        Path t = templates("editions/2026.12/edition.yml", """
                edition: "2026.12"
                date: 2026-12
                colour: blue
                changelog:
                  - edition: "2026.12"
                    changes:
                      - text: "Phones: phone-free."
                        meets: [mobile_phones, phone_guidance]
                        clauses: [whole-day]
                """);
        ModelEditions editions = ModelEditions.of(t);
        String file = t.resolve("editions/2026.12/edition.yml").toString();
        assertThat(lines(editions.problems())).containsExactly(
                file + ":3:1: colour: is not a key of an edition file here; expected edition, date and changelog",
                file + ":5:5: changelog[0].date: is missing; expected the month it was published, e.g. date: 2026-12",
                file + ":8:32: changelog[0].changes[0].meets[1]: \"phone_guidance\" is not guidance policygen knows; expected a key of"
                        + " schools/shared/guidance.yml: behaviour, early_years, filtering_monitoring, generative_ai,"
                        + " generative_ai_product_safety, keeping_children_safe, mobile_phones, phones_duty, searching, sharing_nudes,"
                        + " working_together",
                file + ":9:19: changelog[0].changes[0].clauses[0]: \"whole-day\" is not a full clause id; expected a clause's full id as"
                        + " docs/CLAUSES.md lists it, e.g. mobile.phone-free-school-day.whole-day");
        assertThat(editions.names()).as("an edition that cannot be used is not offered").doesNotContain("2026.12");
    }

    @Test
    void badYamlAMissingFieldAndAFolderMismatchAreLocatedToo() throws IOException {
        Path t = templates("model/edition.yml", "edition: \"2026.11\"\ndate: 2026-11\nchangelog: [\n");
        String file = t.resolve("model/edition.yml").toString();
        assertThat(lines(ModelEditions.of(t).problems())).singleElement().asString().startsWith(file + ":4:1: YAML syntax error");

        t = templates("editions/2026.12/edition.yml", "edition: \"2026.13\"\nchangelog: []\n");
        file = t.resolve("editions/2026.12/edition.yml").toString();
        assertThat(lines(ModelEditions.of(t).problems())).containsExactly(
                file + ":1:1: date: is missing; expected the month it was published, e.g. date: 2026-12",
                file + ":1:10: edition: \"2026.13\" differs from its folder's name; expected edition: \"2026.12\" (the folder templates/editions/2026.12/)");
    }

    @Test
    void theProjectsOwnEditionFilesHaveNoProblem() {
        assertThat(ModelEditions.of(Fixture.PROJECT.resolve("templates")).problems()).isEmpty();
    }

    @Test
    void everyClauseAChangelogLineNamesIsOneItsEditionsTemplatesDefine() throws Exception {
        Path t = Fixture.PROJECT.resolve("templates");
        uk.policygen.render.TemplateEngine engine = new uk.policygen.render.TemplateEngine(t);
        ModelEditions editions = ModelEditions.of(t);
        for (String name : editions.names()) {
            List<Path> chain = new java.util.ArrayList<>(editions.overlayFolders(name));
            chain.add(t.resolve("model"));
            java.util.Set<String> ids = engine.clauseIds(chain);
            for (ModelEdition.Change c : editions.find(name).orElseThrow().changelog()) {
                for (ModelEdition.Line l : c.lines()) assertThat(ids).as(name + ": " + l.text()).containsAll(l.clauses());
            }
        }
    }

    @Test
    void noSchoolIsBuiltFromABrokenEditionFileAndNothingIsThrown() throws IOException {
        Path t = templates("editions/2026.12/edition.yml", "edition: \"2026.12\"\ndate: 2026-12\nchangelog:\n  - edition: \"2026.12\"\n"
                + "    date: 2026-12\n    changes:\n      - text: x\n        meets: [nonsense]\n");
        Fixture fx = new Fixture(temp);
        Path out = temp.resolve("out");
        PackBuilder builder = new PackBuilder(fx.schools(), t, out, Fixture.TODAY);
        PackBuilder.Outcome built = builder.build(fx.write("t", Fixture.VALID));
        assertThat(built.ok()).isFalse();
        assertThat(built.problems()).filteredOn(Problem::isError).singleElement().asString()
                .contains("edition.yml:8:17: changelog[0].changes[0].meets[0]: \"nonsense\" is not guidance policygen knows");
        assertThat(out.resolve("t")).doesNotExist();
        assertThat(builder.check(fx.write("t", Fixture.VALID)).problems()).anyMatch(p -> p.isError() && p.toString().contains("\"nonsense\""));
    }
}
