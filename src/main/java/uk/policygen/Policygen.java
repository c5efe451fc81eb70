package uk.policygen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.policygen.publish.PackBuilder;
import uk.policygen.profile.ProfileLoader;

/**
 * The whole tool in two calls, as the README uses it:
 * <pre>
 * List&lt;PackBuilder.Outcome&gt; built = Policygen.build(Path.of("schools"), Path.of("templates"), Path.of("output"));
 * ProfileLoader.Result checked = Policygen.check(Path.of("schools"), Path.of("schools/littlebourne.yml"));
 * </pre>
 * The command line ({@code uk.policygen.cli}) adds options and reporting on top of the same parts.
 */
public final class Policygen {
    /** Recorded in every ratified record's manifest, so a record says what wrote it. */
    public static final String VERSION = "policygen 0.1.0";

    private Policygen() {
    }

    /** Builds every profile in {@code schools} into {@code out}, checking review dates as at today. */
    public static List<PackBuilder.Outcome> build(Path schools, Path templates, Path out) throws IOException {
        PackBuilder builder = new PackBuilder(schools, templates, out, LocalDate.now());
        List<PackBuilder.Outcome> outcomes = new ArrayList<>();
        for (Path profile : builder.loader().allProfiles()) outcomes.add(builder.build(profile));
        return outcomes;
    }

    /** Loads and checks one profile; writes nothing. */
    public static ProfileLoader.Result check(Path schools, Path profile) {
        return new ProfileLoader(schools, LocalDate.now()).load(profile);
    }
}
