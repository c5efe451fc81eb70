package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.publish.PackBuilder;
import uk.policygen.profile.Fixture;

/** Separate, combined and mobile-only arrangements; guidance editions from the shared layer or a school's override. */
class ArrangementTest {
    @TempDir
    Path temp;
    Fixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    List<String> build(String yaml) throws IOException {
        fx.write("t", yaml);
        PackBuilder b = new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("t"));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        return o.written().stream().filter(f -> !f.startsWith("aup/")).sorted().toList();
    }

    Document page(String file) throws IOException {
        return Jsoup.parse(Files.readString(temp.resolve("out/t").resolve(file)));
    }

    @Test
    void separateDocumentsAreListedOnTheIndex() throws IOException {
        // Ratified, so the public index lists the documents (a draft's index does not).
        assertThat(build(Fixture.VALID + "sign_off:\n  approved_on: 2026-10-01\n")).containsExactly("index.html", "mobile-and-smart-technology-policy.html",
                "mobile-and-smart-technology-policy.pdf", "social-media-policy.html", "social-media-policy.pdf");
        assertThat(page("index.html").select("a").eachAttr("href")).contains("mobile-and-smart-technology-policy.pdf", "social-media-policy.html");
        assertThat(page("social-media-policy.html").select("h2").eachText()).anyMatch(t -> t.startsWith("1 "));
    }

    @Test
    void oneCombinedDocumentHasTwoPartsOneContentsAndContinuousNumbers() throws IOException {
        assertThat(build(Fixture.VALID + "documents:\n  arrangement: combined\n")).containsExactly("index.html",
                "mobile-smart-technology-and-social-media-policy.html", "mobile-smart-technology-and-social-media-policy.pdf");
        Document doc = page("mobile-smart-technology-and-social-media-policy.html");
        assertThat(doc.select("h2.part-title").eachText()).containsExactly("Part A: Mobile and Smart Technology", "Part B: Social Media");
        assertThat(doc.select("nav.contents")).hasSize(1);
        assertThat(doc.select("table.sign-off")).hasSize(1);
        List<String> titles = doc.select("section.policy-section > h3").eachText().stream().map(t -> t.replaceFirst("^\\d+ ", "")).toList();
        assertThat(titles).as("closing sections once, not once per part").containsOnlyOnce("Policy monitoring and review", "Responding to policy breaches");
        List<String> numbers = doc.select("section.policy-section > h3 > span.num").eachText();
        for (int i = 0; i < numbers.size(); i++) assertThat(numbers.get(i)).isEqualTo(String.valueOf(i + 1));
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("out/t/mobile-smart-technology-and-social-media-policy.pdf").toFile())) {
            PDOutlineItem first = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(first.getTitle()).isEqualTo("Part A: Mobile and Smart Technology");
            assertThat(first.getFirstChild().getTitle()).startsWith("1 ");
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Mobile, Smart Technology and Social Media Policy");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Test Primary School");
            assertThat(pdf.getDocumentInformation().getSubject()).isNotBlank();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void theMobilePolicyAlone() throws IOException {
        assertThat(build(Fixture.VALID + "documents:\n  arrangement: mobile-only\n")).containsExactly("index.html",
                "mobile-and-smart-technology-policy.html", "mobile-and-smart-technology-policy.pdf");
        assertThat(page("index.html").select("a").eachAttr("href")).noneMatch(h -> h.contains("social-media"));
    }

    @Test
    void guidanceEditionsComeFromTheSharedLayerAndASchoolMayOverrideOne() throws IOException {
        build(Fixture.VALID);
        String shared = page("mobile-and-smart-technology-policy.html").text();
        assertThat(shared).contains("Keeping Children Safe in Education").contains("2025");
        build(Fixture.VALID + "guidance:\n  keeping_children_safe:\n    title: Keeping Children Safe in Education\n    year: \"2031\"\n");
        assertThat(page("mobile-and-smart-technology-policy.html").text()).contains("2031");
    }

    @Test
    void codeAndAPastedAddressInALocalSectionPrintAndCharactersThePdfCannotPrintAreFoundWhereTheyAre() throws IOException {
        // The renderer's monospace face is not shipped: `LB-Staff` had stopped the PDF, reported at the profile's top
        // after check had said "ok".
        Files.createDirectories(fx.schools().resolve("t"));
        Files.writeString(fx.schools().resolve("t/wifi.md"), "Staff use the `LB-Staff` network only.\n\n    Test Primary School\n    Court Hill\n");
        String yaml = Fixture.VALID + """
                local_sections:
                  - title: Wifi
                    document: mobile
                    after: staff-use
                    file: wifi.md
                extra_clauses:
                  - document: mobile
                    section: staff-use
                    text: "# Staff must **never** use [the code](https://example.org/code)."
                """;
        List<String> problems = build(yaml);
        assertThat(problems).noneMatch(p -> p.contains("error"));
        assertThat(Files.exists(temp.resolve("out/t/mobile-and-smart-technology-policy.pdf"))).isTrue();
        Document page = page("mobile-and-smart-technology-policy.html");
        assertThat(page.text()).contains("Staff use the LB-Staff network only.").contains("Court Hill");
        // An extra clause is plain text, as a reworded one is: no heading, no bold, no link.
        assertThat(page.text()).contains("# Staff must **never** use [the code](https://example.org/code).");
        assertThat(page.select("a[href=https://example.org/code]")).isEmpty();

        Files.writeString(fx.schools().resolve("t/wifi.md"), "Staff use the network.\n\nText with \u738B here.\n");
        fx.write("t", yaml);
        PackBuilder b = new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("out2"), Fixture.TODAY);
        PackBuilder.Outcome o = b.check(fx.schools().resolve("t.yml"));
        assertThat(o.problems()).extracting(Object::toString).anyMatch(p -> p.contains("wifi.md:3:11: local_sections[0].file: holds a character the PDF cannot print"));

        Files.writeString(fx.schools().resolve("t/wifi.md"), "Our networks:\n\n| a | b | c | d | e | f | g | h | i |\n|---|---|---|---|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |\n");
        assertThat(b.check(fx.schools().resolve("t.yml")).problems()).extracting(Object::toString)
                .anyMatch(p -> p.contains("wifi.md:3:1: local_sections[0].file: a table of 9 columns; expected at most 8"));
    }

    @Test
    void aLocalSectionGoesAfterItsNamedSectionAndIsNumberedWithTheRest() throws IOException {
        Files.createDirectories(fx.schools().resolve("t"));
        Files.writeString(fx.schools().resolve("t/purpose.md"), "- To share our news.\n- To celebrate achievements.\n");
        build(Fixture.VALID + """
                social_media:
                  channels:
                    - platform: facebook
                      address: https://www.facebook.com/testprimary
                local_sections:
                  - title: Purpose of our Facebook page
                    document: social-media
                    after: official-use
                    file: purpose.md
                """);
        List<String> headings = page("social-media-policy.html").select("section.policy-section > h2").eachText();
        int official = indexOf(headings, "Official use of social media");
        assertThat(headings.get(official + 1)).isEqualTo((official + 2) + " Purpose of our Facebook page");
        assertThat(page("social-media-policy.html").select("a[href=https://www.facebook.com/testprimary]")).isNotEmpty();
    }

    @Test
    void aLogoIsEmbeddedInTheCoverSoThePageMakesNoOutsideRequest() throws IOException {
        Files.createDirectories(fx.schools().resolve("t"));
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", fx.schools().resolve("t/logo.png").toFile());
        build(Fixture.VALID.replace("  type: primary", "  type: primary\n  logo: logo.png"));
        org.jsoup.nodes.Element logo = page("mobile-and-smart-technology-policy.html").selectFirst("header.cover img.logo");
        assertThat(logo.attr("src")).startsWith("data:image/png;base64,");
        assertThat(logo.attr("alt")).isEqualTo("Test Primary School logo");
        assertThat(temp.resolve("out/t/mobile-and-smart-technology-policy.pdf")).exists();
    }

    @Test
    void aLogoThatIsNotAPngOrJpegIsFoundByCheck() throws IOException {
        // An SVG, or a text file renamed .png, passed check and then stopped the build with a message about the PDF.
        Files.createDirectories(fx.schools().resolve("t"));
        Files.writeString(fx.schools().resolve("t/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.writeString(fx.schools().resolve("t/logo.png"), "not an image");
        for (String name : List.of("logo.svg", "logo.png")) {
            fx.write("t", Fixture.VALID.replace("  type: primary", "  type: primary\n  logo: " + name));
            PackBuilder b = new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("out"), Fixture.TODAY);
            assertThat(b.check(fx.schools().resolve("t.yml")).problems()).extracting(Object::toString)
                    .anyMatch(p -> p.contains("school.logo: '" + name + "' is not a PNG or JPEG image; expected the logo saved as PNG or JPEG"));
        }
    }

    @Test
    void aMissingLogoIsAProfileError() throws IOException {
        fx.write("t", Fixture.VALID.replace("  type: primary", "  type: primary\n  logo: logo.png"));
        PackBuilder b = new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("t"));
        assertThat(o.ok()).isFalse();
        assertThat(o.problems().toString()).contains("t.yml:6:9: school.logo: there is no file");
    }

    @Test
    void aMistypedPlaceOrAnUnpublishedDocumentIsReportedWhereItIsWritten() throws IOException {
        Files.createDirectories(fx.schools().resolve("t"));
        Files.writeString(fx.schools().resolve("t/purpose.md"), "Our news.\n");
        fx.write("t", Fixture.VALID + """
                documents:
                  arrangement: mobile-only
                local_sections:
                  - title: Purpose
                    document: social-media
                    after: official-use
                    file: purpose.md
                extra_clauses:
                  - document: mobile
                    section: staf-use
                    text: Our own clause.
                """);
        PackBuilder b = new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("t"));
        assertThat(o.ok()).isFalse();
        List<String> errors = o.problems().stream().filter(p -> p.isError()).map(Object::toString)
                .map(m -> m.substring(m.indexOf("t.yml:"))).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("t.yml:21:15: local_sections[0].document: the Social Media Policy is not published"
                + " (documents.arrangement: mobile-only)");
        assertThat(errors.get(1)).startsWith("t.yml:26:14: extra_clauses[0].section: 'staf-use' is not a section of the Mobile and"
                + " Smart Technology Policy; did you mean 'staff-use'? expected one of aims-and-scope,");
        assertThat(temp.resolve("out/t")).doesNotExist();
    }

    static int indexOf(List<String> headings, String title) {
        for (int i = 0; i < headings.size(); i++) if (headings.get(i).endsWith(title)) return i;
        throw new AssertionError(title + " not in " + headings);
    }
}
