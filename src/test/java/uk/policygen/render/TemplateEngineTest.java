package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;

class TemplateEngineTest {
    @TempDir
    Path temp;

    /**
     * A changes report renders the recorded profile with the build's own engine, from a temporary copy
     * of the school's folder: the templates read from that copy are let go once it is deleted, so an
     * engine kept for a build of hundreds of schools does not keep one set per school.
     */
    @Test
    void templatesReadFromAFolderAreLetGoWithIt() throws Exception {
        Path model = Fixture.PROJECT.resolve("templates/model");
        Path own = Files.createDirectories(temp.resolve("copy/school/templates"));
        Files.writeString(own.resolve("hello.ftl"), "Hello ${name}");
        TemplateEngine engine = new TemplateEngine(Fixture.PROJECT.resolve("templates"));
        assertThat(engine.render(List.of(model), "_layout/pdf.css", Map.of())).isNotEmpty();
        assertThat(engine.render(List.of(own, model), "hello.ftl", Map.of("name", "governors"))).isEqualTo("Hello governors");
        assertThat(engine.chainsHeld()).containsExactlyInAnyOrder(List.of(model), List.of(own, model));

        engine.forgetUnder(temp.resolve("copy"));

        assertThat(engine.chainsHeld()).as("the model's lookup order is kept; the copy's is let go").containsExactly(List.of(model));
        assertThat(engine.render(List.of(model), "_layout/pdf.css", Map.of())).isNotEmpty();
    }
}
