package uk.policygen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.publish.PackBuilder;
import uk.policygen.profile.Fixture;

/** The facade does what the README says, on a folder of its own. */
class PolicygenTest {
    @TempDir
    Path temp;

    @Test
    void checksAndBuildsAFolderOfSchools() throws IOException {
        Fixture fx = new Fixture(temp);
        Path profile = fx.write("test", Fixture.VALID);
        assertThat(Policygen.check(fx.schools(), Fixture.PROJECT.resolve("templates"), profile).ok()).isTrue();
        List<PackBuilder.Outcome> built = Policygen.build(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("out"));
        assertThat(built).singleElement().satisfies(o -> assertThat(o.ok()).isTrue());
        assertThat(temp.resolve("out/test/index.html")).exists();
    }

    /** The facade's check is the command's: a template the school overrides is checked too, not only the profile. */
    @Test
    void checksWhatTheCheckCommandChecks() throws IOException {
        Fixture fx = new Fixture(temp);
        Path profile = fx.write("test", Fixture.VALID);
        java.nio.file.Files.createDirectories(fx.schools().resolve("test/templates/_layout"));
        java.nio.file.Files.writeString(fx.schools().resolve("test/templates/_layout/pdf.css"), "@page { size: ${oops");
        PackBuilder.Outcome checked = Policygen.check(fx.schools(), Fixture.PROJECT.resolve("templates"), profile);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problems()).anyMatch(p -> p.at().file().endsWith("pdf.css"));
    }
}
