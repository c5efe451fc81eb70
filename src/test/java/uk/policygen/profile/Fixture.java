package uk.policygen.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

/** A schools folder in a temporary directory, with the project's real shared layers. */
public final class Fixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /** A complete, valid profile; tests replace lines of it to make one thing wrong. */
    public static final String VALID = """
            inherits: [kent]
            school:
              name: Test Primary School
              short_name: Test
              type: primary
            year_groups: Reception to Year 6
            people:
              headteacher:
                name: Jane Smith
                role: Headteacher
              designated_safeguarding_leads:
                - name: Jane Smith
                  role: Headteacher
            review:
              last_reviewed: 2026-09-01
              next_review: 2027-09-01
            """;

    private final Path schools;

    public Fixture(Path temp) throws IOException {
        this.schools = temp.resolve("schools");
        Files.createDirectories(schools.resolve("shared"));
        for (String layer : List.of("guidance.yml", "kent.yml")) {
            Files.copy(PROJECT.resolve("schools/shared").resolve(layer), schools.resolve("shared").resolve(layer));
        }
        // A choice the model leaves to each school, made here once so check does not ask every fixture for it; a test
        // of the choice itself starts from the real layer (withoutFixtureChoices).
        Files.writeString(schools.resolve("shared/kent.yml"), FIXTURE_CHOICES, StandardOpenOption.APPEND);
    }

    private static final String FIXTURE_CHOICES = "\nsocial_media:\n  staff_personal_use: not-permitted\nlearner_phones:\n  confiscated_returned_to: parents\n";

    /** The shared layers as the project has them, without the choices the fixture makes for every school. */
    public Fixture withoutFixtureChoices() throws IOException {
        Files.copy(PROJECT.resolve("schools/shared/kent.yml"), schools.resolve("shared/kent.yml"), StandardCopyOption.REPLACE_EXISTING);
        return this;
    }

    public Path schools() {
        return schools;
    }

    public Path write(String id, String yaml) throws IOException {
        return write(id, yaml.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String id, byte[] bytes) throws IOException {
        Path file = schools.resolve(id + ".yml");
        Files.write(file, bytes);
        return file;
    }

    public ProfileLoader.Result load(String id, String yaml) throws IOException {
        return new ProfileLoader(schools, TODAY).load(write(id, yaml));
    }

    /** The problems as printed, with the temporary folder taken out of the file names. */
    public List<String> messages(ProfileLoader.Result r) {
        String prefix = ProfileLoader.display(schools) + "/";
        return r.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
    }
}
