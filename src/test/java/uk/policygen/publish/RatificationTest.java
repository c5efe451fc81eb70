package uk.policygen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;

/**
 * The yearly cycle on a seed school: a draft is marked on every page; ratifying archives it;
 * changing a clause afterwards is refused; the next review's draft gets a changes report.
 */
class RatificationTest {
    static final String PDF = "mobile-smart-technology-and-social-media-policy.pdf";
    static final String HTML = "mobile-smart-technology-and-social-media-policy.html";

    @TempDir
    Path temp;
    Path schools;
    Path out;
    String profile;

    @BeforeEach
    void copySchools() throws IOException {
        schools = temp.resolve("schools");
        try (Stream<Path> files = Files.walk(Fixture.PROJECT.resolve("schools"))) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = schools.resolve(Fixture.PROJECT.resolve("schools").relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        out = temp.resolve("output");
        profile = Files.readString(schools.resolve("hildenborough.yml"));
        assertThat(profile).contains("  approved_on: 2024-09-25\n");
    }

    PackBuilder.Outcome build(String yaml) throws IOException {
        Files.writeString(schools.resolve("hildenborough.yml"), yaml);
        PackBuilder b = new PackBuilder(schools, Fixture.PROJECT.resolve("templates"), out, Fixture.TODAY);
        return b.build(b.loader().profileOf("hildenborough"));
    }

    static String asDraft(String yaml) {
        return yaml.replace("  approved_on: 2024-09-25\n", "");
    }

    @Test
    void aDraftIsMarkedOnEveryPdfPageAndAtTheTopOfTheHtmlAndIndex() throws IOException {
        PackBuilder.Outcome o = build(asDraft(profile));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        String mark = "Draft for approval by the full governing body — not yet ratified";
        try (PDDocument doc = Loader.loadPDF(out.resolve("hildenborough").resolve(PDF).toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(doc).replaceAll("\\s+", " ")).as("page %d", page).contains(mark);
            }
        }
        Document html = Jsoup.parse(Files.readString(out.resolve("hildenborough").resolve(HTML)));
        assertThat(html.selectFirst("body > .draft-banner, .draft-banner").text()).isEqualTo(mark);
        assertThat(Jsoup.parse(Files.readString(out.resolve("hildenborough/index.html"))).text()).contains("Draft for approval: not yet ratified");
        assertThat(o.problems().toString()).contains("this draft has no changes report for governors: no ratified version is archived yet");
        assertThat(out.resolve("hildenborough/archive")).doesNotExist();
    }

    @Test
    void ratifyingArchivesAndAChangedClauseIsThenRefused() throws IOException {
        assertThat(build(profile).ok()).isTrue();
        Path archived = out.resolve("hildenborough/archive/2024-09-25");
        JsonNode manifest = new ObjectMapper().readTree(archived.resolve("manifest.json").toFile());
        assertThat(manifest.path("ratified_on").asText()).isEqualTo("2024-09-25");
        assertThat(manifest.path("tool").asText()).startsWith("policygen");
        assertThat(manifest.path("files").path(PDF).asText()).isEqualTo(RatifiedArchive.sha256(Files.readAllBytes(archived.resolve(PDF))));
        assertThat(manifest.path("profile").path("hildenborough.yml").asText()).isEqualTo(profile);
        assertThat(Files.readAllBytes(archived.resolve(PDF))).isEqualTo(Files.readAllBytes(out.resolve("hildenborough").resolve(PDF)));

        assertThat(build(profile).ok()).as("rebuilding the ratified policy unchanged is fine").isTrue();

        byte[] published = Files.readAllBytes(out.resolve("hildenborough").resolve(PDF));
        String changed = profile.replace("extra_clauses:", "extra_clauses:\n  - document: mobile\n    section: staff-use\n    text: Staff phones stay in lockers.");
        PackBuilder.Outcome refused = build(changed);
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems().stream().filter(p -> p.isError()).map(Object::toString)).singleElement().asString()
                .contains("sign_off.approved_on: the policy ratified on 2024-09-25 is archived in")
                .contains("this build would change it (sections 5 Staff use of mobile and smart technology)")
                .contains("remove sign_off.approved_on so the documents become a draft for the full governing body");
        assertThat(Files.readAllBytes(out.resolve("hildenborough").resolve(PDF))).as("nothing written").isEqualTo(published);
        assertThat(Files.readAllBytes(archived.resolve(PDF))).as("the archive is untouched").isEqualTo(published);
    }

    @Test
    void theNextReviewsDraftHasAChangesReportForGovernors() throws IOException {
        assertThat(build(profile).ok()).isTrue();
        String nextReview = asDraft(profile)
                .replace("last_reviewed: 2023-09", "last_reviewed: 2026-11")
                .replace("next_review: 2025-09", "next_review: 2027-11")
                .replace("cycle: every-two-years", "cycle: annual")
                .replace("extra_clauses:", "extra_clauses:\n  - document: mobile\n    section: staff-use\n    text: Staff phones stay in lockers.");
        PackBuilder.Outcome o = build(nextReview);
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        Path report = out.resolve("hildenborough/changes-since-2024-09-25.html");
        Document doc = Jsoup.parse(Files.readString(report));
        assertThat(doc.select("h3").eachText()).contains("5 Staff use of mobile and smart technology", "9 Policy monitoring and review");
        assertThat(doc.select("ins").eachText()).contains("Staff phones stay in lockers.", "annually.");
        assertThat(doc.select("del").eachText()).contains("every two years.");
        assertThat(doc.text()).contains("Added (5.8):").contains("Reworded (9.1):");
        assertThat(out.resolve("hildenborough/changes-since-2024-09-25.pdf")).exists();
        Document policy = Jsoup.parse(Files.readString(out.resolve("hildenborough").resolve(HTML)));
        assertThat(policy.select("table.history td").eachText()).contains("25 September 2024", "Ratified");
    }
}
