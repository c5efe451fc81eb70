package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.publish.PackBuilder;
import uk.policygen.profile.Fixture;

/** Profile values print as written; nothing in a profile becomes markup, a link or template code. */
class EscapingTest {
    static final Path TEMPLATES = Fixture.PROJECT.resolve("templates");

    @TempDir
    Path temp;
    Fixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    private PackBuilder.Outcome build(String yaml) throws IOException {
        fx.write("nasty", yaml);
        PackBuilder b = new PackBuilder(fx.schools(), TEMPLATES, temp.resolve("out"), Fixture.TODAY);
        return b.build(b.loader().profileOf("nasty"));
    }

    private Document page() throws IOException {
        return Jsoup.parse(Files.readString(temp.resolve("out/nasty/mobile-and-smart-technology-policy.html")));
    }

    @Test
    void namesPrintAsWritten() throws IOException {
        PackBuilder.Outcome o = build(Fixture.VALID
                .replace("name: Test Primary School", "name: \"O'Neil & <Sons> *star* _under_ [link](javascript:alert(1)) ${7*7} <#if true>x</#if>\"")
                .replace("short_name: Test", "short_name: \"<script>alert('x')</script>\""));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        Document doc = page();
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
        assertThat(doc.select("em, strong")).noneMatch(e -> e.text().contains("star") || e.text().contains("under"));
        assertThat(doc.text()).contains("O'Neil & <Sons> *star* _under_ [link](javascript:alert(1)) ${7*7} <#if true>x</#if>");
        assertThat(doc.text()).doesNotContain("49");
        assertThat(doc.body().text()).contains("<script>alert('x')</script>");
    }

    @Test
    void localMarkdownCannotCarryHtmlOrUnsafeLinks() throws IOException {
        Files.createDirectories(fx.schools().resolve("nasty"));
        Files.writeString(fx.schools().resolve("nasty/local.md"), """
                Our own words with **bold**, a [good link](https://example.org/) and a [bad one](javascript:alert(1)).

                <script>alert(1)</script>
                <img src="https://tracker.example/pixel.png" alt="pixel">
                """);
        PackBuilder.Outcome o = build(Fixture.VALID + """
                local_sections:
                  - title: Our <b>own</b> section
                    document: mobile
                    after: appendix
                    file: local.md
                """);
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        Document doc = page();
        assertThat(doc.select("script, img, b")).isEmpty();
        assertThat(doc.select("a[href=https://example.org/]")).hasSize(1);
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>").contains("Appendix 1: Our <b>own</b> section");
    }

    @Test
    void templatesCannotCreateObjectsOrReachTheJavaApi() throws IOException {
        Path own = fx.schools().resolve("nasty/templates/mobile-and-smart-technology");
        Files.createDirectories(own);
        Files.writeString(own.resolve("01-aims-and-scope.ftl"), "## Aims\n\n<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        PackBuilder.Outcome o = build(Fixture.VALID);
        assertThat(o.ok()).isFalse();
        assertThat(o.problems().toString()).contains("01-aims-and-scope.ftl").contains("not allowed");
        assertThat(temp.resolve("out/nasty")).doesNotExist();

        Files.writeString(own.resolve("01-aims-and-scope.ftl"), "## Aims\n\n${p?api.getClass()}\n");
        o = build(Fixture.VALID);
        assertThat(o.ok()).isFalse();
        assertThat(o.problems().toString()).contains("api_builtin_enabled");
    }

    @Test
    void aSchoolOverridesOneSectionAndKeepsTheRest() throws IOException {
        Path own = fx.schools().resolve("nasty/templates/mobile-and-smart-technology");
        Files.createDirectories(own);
        Files.writeString(own.resolve("01-aims-and-scope.ftl"), "## Our aims\n\n- ${school.name} wrote this section itself.\n");
        PackBuilder.Outcome o = build(Fixture.VALID);
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        Document doc = page();
        assertThat(doc.select("h2").eachText()).contains("1 Our aims").anyMatch(t -> t.startsWith("2 "));
        assertThat(doc.text()).contains("Test Primary School wrote this section itself.");
    }
}
