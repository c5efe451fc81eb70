package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.policygen.profile.Fixture;

/** docs/CLAUSES.md is generated from the templates, and a stale copy fails the build. */
class ClauseCatalogueTest {
    @Test
    void theShippedCatalogueMatchesTheTemplates() throws IOException {
        String now = ClauseCatalogue.markdown(Fixture.PROJECT.resolve("templates"));
        String shipped = Files.readString(Fixture.PROJECT.resolve("docs/CLAUSES.md"));
        assertThat(shipped).as("docs/CLAUSES.md is stale: run  mvn -q -DskipTests package && "
                + "java -cp target/policygen.jar uk.policygen.render.ClauseCatalogue").isEqualTo(now);
    }

    @Test
    void everyClauseIdIsUniqueAndListed() throws IOException {
        String md = ClauseCatalogue.markdown(Fixture.PROJECT.resolve("templates"));
        var ids = md.lines().filter(l -> l.startsWith("- `")).map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("mobile.staff-use.keep-personal-mobile", "social-media.official-use.channels");
    }
}
