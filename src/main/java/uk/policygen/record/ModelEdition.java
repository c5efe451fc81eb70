package uk.policygen.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The model templates' edition and dated changelog ({@code templates/model/edition.yml}). A record
 * pins the edition it was written from, so a school moves to a new edition at its review.
 */
public record ModelEdition(@JsonProperty("edition") String edition, @JsonProperty("date") String date,
                           @JsonProperty("changelog") List<Change> changelog) {
    public static final String FILE = "model/edition.yml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ModelEdition {
        changelog = changelog == null ? List.of() : changelog;
    }

    public record Change(@JsonProperty("edition") String edition, @JsonProperty("date") String date,
                         @JsonProperty("changes") List<String> changes) {
    }

    /** The edition of the templates folder; "unnamed" when it keeps no edition file (a test's own templates). */
    public static ModelEdition of(Path templatesDir) {
        Path file = templatesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return new ModelEdition("unnamed", "", List.of());
        try {
            ModelEdition e = YAML.readValue(file.toFile(), ModelEdition.class);
            return e.edition() == null ? new ModelEdition("unnamed", "", e.changelog()) : e;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The changelog entries after {@code since} (every entry newer than that edition), newest first. */
    public List<Change> since(String since) {
        if (since == null || since.isEmpty()) return changelog;
        int i = 0;
        while (i < changelog.size() && !changelog.get(i).edition().equals(since)) i++;
        return changelog.subList(0, i);
    }
}
