package uk.policygen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import uk.policygen.profile.Fixture;

/**
 * The shipped schema and key reference are what the records generate (regenerate with
 * {@code java -jar target/policygen.jar schema --write}); every profile in the project passes the
 * schema as an editor would check it; and the mistakes an editor should underline are flagged.
 */
class ProfileSchemaTest {
    static final Path PROJECT = Fixture.PROJECT;
    static final String REGENERATE = "the records changed: run `mvn -q -DskipTests package && java -jar target/policygen.jar schema --write`"
            + " and commit schools/profile.schema.json and schools/README.md";

    static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(PROJECT.resolve(ProfileSchema.FILE)), InputFormat.JSON);
    }

    static List<Error> errors(String yaml) throws IOException {
        return schema().validate(yaml, InputFormat.YAML);
    }

    @Test
    void theShippedSchemaIsTheGeneratedOne() throws IOException {
        assertThat(Files.readString(PROJECT.resolve(ProfileSchema.FILE), StandardCharsets.UTF_8)).as(REGENERATE).isEqualTo(ProfileSchema.json());
    }

    @Test
    void theKeyReferenceIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(PROJECT.resolve(KeyReference.FILE), StandardCharsets.UTF_8);
        assertThat(readme).as(REGENERATE).isEqualTo(KeyReference.updated(readme));
    }

    @Test
    void itIsDraft07AndEveryKeyHasAMeaning() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(ProfileSchema.json());
        assertThat(doc.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        List<String> undescribed = new ArrayList<>();
        walk(doc, "", undescribed);
        assertThat(undescribed).isEmpty();
        assertThat(doc.at("/properties/school/allOf/0/$ref").asText()).isEqualTo("#/definitions/SchoolIdentity");
        assertThat(doc.at("/definitions/SchoolIdentity/properties/type/enum").toString()).contains("\"primary\"", "\"all-through\"");
        assertThat(doc.at("/definitions/Words/properties/children/default").asText()).isEqualTo("pupils");
        assertThat(doc.at("/definitions/Review/properties/cycle/default").asText()).isEqualTo("annual");
    }

    private static void walk(JsonNode node, String path, List<String> undescribed) {
        JsonNode props = node.get("properties");
        if (props != null) {
            props.fields().forEachRemaining(e -> {
                if (!e.getValue().hasNonNull("description") || e.getValue().get("description").asText().isBlank()) {
                    undescribed.add(path + "." + e.getKey());
                }
            });
        }
        JsonNode defs = node.get("definitions");
        if (defs != null) defs.fields().forEachRemaining(e -> walk(e.getValue(), e.getKey(), undescribed));
    }

    @Test
    void everyProfileAndLayerInTheProjectPasses() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("schools", "schools/shared", "src/test/resources")) {
            Path d = PROJECT.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d, dir.equals("src/test/resources") ? 10 : 1)) {
                s.filter(p -> p.toString().endsWith(".yml") && isProfile(p)).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path f : files) {
            assertThat(errors(Files.readString(f))).as(f.toString()).isEmpty();
        }
        assertThat(errors(Fixture.VALID)).isEmpty();
    }

    /** Test resources hold other YAML too; a profile has a school or inherits section, or is a layer. */
    private static boolean isProfile(Path p) throws java.io.UncheckedIOException {
        try {
            String s = Files.readString(p);
            return p.startsWith(PROJECT.resolve("schools")) || s.lines().anyMatch(l -> l.startsWith("school:") || l.startsWith("inherits:"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMisspeltKeyIsFlagged() throws IOException {
        List<Error> errors = errors(Fixture.VALID.replace("short_name:", "short_nmae:"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).toString()).contains("short_nmae");
    }

    @Test
    void aWordThatIsNotAllowedIsFlagged() throws IOException {
        assertThat(errors(Fixture.VALID.replace("type: primary", "type: primry"))).singleElement()
                .satisfies(e -> assertThat(e.toString()).contains("/school/type").contains("enumeration"));
        assertThat(errors(Fixture.VALID + "documents:\n  arrangement: together\n")).hasSize(1);
        assertThat(errors(Fixture.VALID + "review_typo: 2026-01\n")).hasSize(1);
    }

    @Test
    void aDateThatIsNotADateIsFlagged() throws IOException {
        assertThat(errors(Fixture.VALID.replace("next_review: 2027-09-01", "next_review: next September"))).hasSize(1);
    }

    @Test
    void everyProfileNamesTheSchemaOnItsFirstLine() throws IOException {
        try (Stream<Path> s = Stream.concat(Files.list(PROJECT.resolve("schools")), Files.list(PROJECT.resolve("schools/shared")))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yml")).toList()) {
                String expected = f.getParent().endsWith("shared") ? "../profile.schema.json" : "profile.schema.json";
                assertThat(Files.readAllLines(f).get(0)).as(f.toString()).isEqualTo("# yaml-language-server: $schema=" + expected);
            }
        }
        JsonNode vscode = new ObjectMapper().readTree(PROJECT.resolve(".vscode/settings.json").toFile());
        assertThat(vscode.at("/yaml.schemas").has("./" + ProfileSchema.FILE)).isTrue();
    }
}
