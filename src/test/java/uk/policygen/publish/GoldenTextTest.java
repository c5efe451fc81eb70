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
 * The generated text of every seed school's policies, forms and index page, kept as golden files in
 * src/test/resources/golden/packs/, so every wording change shows in review as a diff. After an
 * intended change, write them again with
 * {@code mvn -q test -Dtest=GoldenTextTest -Dgolden.update=true} and read the diff before committing.
 */
class GoldenTextTest {
    static final Path PROJECT = Fixture.PROJECT;
    static final Path GOLDEN = PROJECT.resolve("src/test/resources/golden/packs");

    @TempDir
    static Path temp;

    @BeforeAll
    static void build() throws IOException {
        // A copy of schools/, so a build can never write into the project's own records.
        Path schools = temp.resolve("schools");
        copy(PROJECT.resolve("schools"), schools);
        PackBuilder builder = new PackBuilder(schools, PROJECT.resolve("templates"), temp.resolve("out"), Fixture.TODAY);
        for (String id : ids()) {
            PackBuilder.Outcome o = builder.build(schools.resolve(id + ".yml"));
            assertThat(o.ok()).as(id + ": " + o.problems()).isTrue();
        }
    }

    static List<String> ids() {
        try (Stream<Path> files = Files.list(PROJECT.resolve("schools"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).map(n -> n.replace(".yml", "")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyDocumentReadsAsTheGoldenText(String id) throws IOException {
        Path out = temp.resolve("out").resolve(id);
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
            Path golden = GOLDEN.resolve(id).resolve(rel.replaceAll("\\.html$", ".txt"));
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
