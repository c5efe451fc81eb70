package uk.policygen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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
    /** Recorded in every ratified archive, so a record says what wrote it: "policygen 0.1.0". */
    public static final String VERSION = "policygen " + version();

    private Policygen() {
    }

    /**
     * The version number, from pom.xml (Maven writes it into {@code uk/policygen/policygen.properties}
     * when it builds), so it is written in one place.
     */
    public static String version() {
        try (InputStream in = Policygen.class.getResourceAsStream("policygen.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version", "");
            // Run from an IDE that skips Maven's resource filtering: say so rather than print a placeholder.
            return v.isEmpty() || v.startsWith("${") ? "(development build)" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
