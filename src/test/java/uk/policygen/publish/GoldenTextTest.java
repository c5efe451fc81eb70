package uk.policygen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.policygen.profile.Fixture;

/**
 * The generated text of every school's policies, forms and index page, kept as golden files, so every
 * wording change shows in review as a diff: the seed schools' in src/test/resources/golden/packs/, and
 * the test schools' of every kind (a nursery, an infant school with a ban, a special school, a sixth
 * form, a trust's schools...) in src/test/resources/golden/test-schools/, cover and signatures
 * included. After an intended change, write them again with
 * {@code mvn -q test -Dtest=GoldenTextTest -Dgolden.update=true} and read the diff before committing.
 */
class GoldenTextTest {
    static final Path PROJECT = Fixture.PROJECT;
    static final Path GOLDEN = PROJECT.resolve("src/test/resources/golden/packs");
    static final Path TEST_SCHOOLS_GOLDEN = PROJECT.resolve("src/test/resources/golden/test-schools");
    static final Path TEST_SCHOOLS = PROJECT.resolve("src/test/resources/schools");

    @TempDir
    static Path temp;

    @BeforeAll
    static void build() throws IOException {
        // Copies, so a build can never write into the project's own records.
        for (String set : List.of("seeds", "test-schools")) {
            Path schools = temp.resolve(set);
            copy(set.equals("seeds") ? PROJECT.resolve("schools") : TEST_SCHOOLS, schools);
            PackBuilder builder = new PackBuilder(schools, PROJECT.resolve("templates"), temp.resolve("out-" + set), Fixture.TODAY);
            for (String id : ids(schools)) {
                PackBuilder.Outcome o = builder.build(schools.resolve(id + ".yml"));
                assertThat(o.ok()).as(id + ": " + o.problems()).isTrue();
            }
        }
    }

    static List<String> ids() {
        return ids(PROJECT.resolve("schools"));
    }

    static List<String> testSchools() {
        return ids(TEST_SCHOOLS);
    }

    private static List<String> ids(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).map(n -> n.replace(".yml", "")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyDocumentReadsAsTheGoldenText(String id) throws IOException {
        matchesGolden(temp.resolve("out-seeds").resolve(id), GOLDEN.resolve(id), id);
    }

    @ParameterizedTest
    @MethodSource("testSchools")
    void everyTestSchoolsDocumentReadsAsTheGoldenText(String id) throws IOException {
        matchesGolden(temp.resolve("out-test-schools").resolve(id), TEST_SCHOOLS_GOLDEN.resolve(id), id);
    }

    private static void matchesGolden(Path out, Path goldenFolder, String id) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            // What this build writes; copies kept from earlier ratifications are not its text.
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !out.relativize(p).toString().matches("(archive|records)/.*")).sorted().toList();
        }
        List<String> seen = new ArrayList<>();
        for (Path page : pages) {
            String rel = out.relativize(page).toString().replace('\\', '/');
            seen.add(rel);
            String text = text(Files.readString(page));
            Path golden = goldenFolder.resolve(rel.replaceAll("\\.html$", ".txt"));
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, text, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("no golden text for " + id + "/" + rel + "; write it with -Dgolden.update=true").exists();
            assertThat(text).as(id + "/" + rel + " differs from its golden text (-Dgolden.update=true writes it again)")
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
        assertThat(seen).as(id + " wrote no pages").isNotEmpty();
    }

    /** A page's visible text, a line per block, as a reviewer reads it in a diff. */
    static String text(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("script, style").remove();
        StringBuilder out = new StringBuilder();
        append(body, out);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
            "div", "section", "header", "footer", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "nav", "caption", "figure");

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text().replaceAll("\\s+", " "));
            } else if (child instanceof Element e) {
                boolean block = BLOCKS.contains(e.tagName());
                if (block) out.append('\n');
                if (e.tagName().equals("li")) out.append("- ");
                if (e.tagName().matches("t[dh]")) out.append(" | ");
                append(e, out);
                if (block) out.append('\n');
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
