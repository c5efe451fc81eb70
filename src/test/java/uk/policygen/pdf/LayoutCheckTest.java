package uk.policygen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.policygen.publish.PackBuilder;

/**
 * Every PDF of every seed school (and of any test school under src/test/resources/schools) is
 * checked as a reader would see it: no text printed over other text, no empty page, nothing
 * outside the page or into the footer, a running header of one line. The checker is itself
 * tested on pages made to have each fault, so it cannot pass by seeing nothing.
 */
class LayoutCheckTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final List<String> SEEDS = List.of("whitstable-seasalter", "littlebourne", "hildenborough", "jubilee", "hythe-bay");
    static final String PAGED_CSS = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @top-left { content: element(runningHeader); vertical-align: bottom; width: 100%; } }
            .running-header { position: running(runningHeader); }
            body { font-family: "Noto Sans", "DejaVu Sans"; font-size: 10.5pt; line-height: 1.4; }
            """;

    @TempDir
    static Path temp;
    static final List<Path> pdfs = new ArrayList<>();

    @BeforeAll
    static void buildAll() throws IOException {
        build(PROJECT.resolve("schools"), SEEDS, temp.resolve("seeds"));
        Path tests = PROJECT.resolve("src/test/resources/schools");
        if (Files.isDirectory(tests)) {
            try (Stream<Path> files = Files.list(tests)) {
                List<String> ids = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yml"))
                        .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
                build(tests, ids, temp.resolve("tests"));
            }
        }
    }

    private static void build(Path schools, List<String> ids, Path out) throws IOException {
        PackBuilder builder = new PackBuilder(schools, PROJECT.resolve("templates"), out, TODAY);
        for (String id : ids) {
            PackBuilder.Outcome o = builder.build(builder.loader().profileOf(id));
            assertThat(o.ok()).as(id + ": " + o.problems()).isTrue();
        }
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(f -> f.toString().endsWith(".pdf") && !f.toString().contains("/archive/")).sorted().forEach(pdfs::add);
        }
    }

    static Stream<Path> pdfs() {
        return pdfs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void hasNoLayoutFault(Path pdf) throws IOException {
        assertThat(PdfLayout.faults(pdf)).as(temp.relativize(pdf).toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void linesBreakWellAndWebAddressesOnlyAfterASlash(Path pdf) throws IOException {
        assertThat(PdfLayout.breakFaults(pdf)).as(temp.relativize(pdf).toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void carriesNoArtifactMarkAroundNothing(Path pdf) throws IOException {
        assertThat(PdfLayout.emptyArtifacts(pdf)).as(temp.relativize(pdf).toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void theAcknowledgementNeverHasAPageToItself(Path pdf) throws IOException {
        assertThat(PdfLayout.acknowledgementAlone(pdf)).as(temp.relativize(pdf).toString()).isEmpty();
    }

    @Test
    void findsTheAcknowledgementAloneOnTheLastPage() throws Exception {
        String ack = "<footer><p>This policy builds on The Education People's model policy templates.</p></footer>";
        assertThat(PdfLayout.acknowledgementAlone(probe("<p>First page.</p><p style='page-break-before:always'>Second page.</p>"
                + "<div style='page-break-before:always'></div>" + ack))).isPresent();
        assertThat(PdfLayout.acknowledgementAlone(probe("<p>First page.</p><p style='page-break-before:always'>Second page.</p>"
                + "<p>One line.</p><p>Two.</p><p>Three.</p>" + ack))).isEmpty();
    }

    @Test
    void findsBadLineBreaks() throws Exception {
        // Each fault made with a forced break, so the check is tested, not the renderer.
        String html = "<p>See the page www.example.org/a-very-<br>long-name now.</p>"
                + "<p>The service (<br>www.example.org) helps.</p>"
                + "<p>Staff and parents/carers<br>, building on that.</p>"
                + "<p>The DfE guidance ‘<br>Keeping Children Safe’ applies.</p>"
                + "<p>Fine: www.example.org/a-very-long/<br>name and \"locked\"<br>\"quoted\" words.</p>";
        List<String> faults = PdfLayout.breakFaults(probe(html));
        assertThat(faults).anyMatch(f -> f.contains("web address broken at '-'"));
        assertThat(faults).anyMatch(f -> f.contains("'(' left at the end of a line"));
        assertThat(faults).anyMatch(f -> f.contains("a line starts with ','"));
        assertThat(faults).anyMatch(f -> f.contains("'‘' left at the end of a line"));
        assertThat(faults).hasSize(4);
    }

    static Stream<Path> forms() {
        return pdfs.stream().filter(p -> p.getParent().getFileName().toString().equals("aup"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everySlipIsWholeWithItsCutLineAboveIt(Path pdf) throws IOException {
        assertThat(PdfLayout.slipFaults(pdf)).as(temp.relativize(pdf).toString()).isEmpty();
    }

    /**
     * The setting a form is printed in is the one found by laying out every setting in turn (the rule
     * {@link PdfWriter#writeForm} describes), though the writer judges some settings without laying them
     * out: with the slip on a page of its own, from the same setting with the slip in line.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormIsSetAsTryingEverySettingWouldSetIt(Path pdf) throws Exception {
        org.jsoup.nodes.Document html = Jsoup.parse(pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".html")).toFile());
        String css = Files.readString(PROJECT.resolve("templates/model/_layout/pdf.css"));
        assertThat(PdfWriter.formFit(html, css, TODAY)).as(temp.relativize(pdf).toString()).isEqualTo(byTrial(html, css));
    }

    /**
     * The young learners' form is in large print in every setting the writer may choose: its tightest
     * setting once set it in the regular forms' small type (9.5 pt), smaller than the staff form.
     */
    @Test
    void largePrintStaysLargeInTheTightestSetting() throws Exception {
        Path page = temp.resolve("tests/riverside-special/aup/learners-early-years-ks1.html");
        org.jsoup.nodes.Document html = Jsoup.parse(page.toFile());
        String css = Files.readString(PROJECT.resolve("templates/model/_layout/pdf.css"));
        for (String fit : PdfWriter.FORM_FITS) {
            // The rules are the lines that begin "I …" ("I only use the internet when an adult is with me"); the
            // slip's line for the parent ("I have read and talked about these rules…") is not one of them.
            PdfLayout.Type rules = PdfLayout.typeOfLinesBeginning(PdfWriter.writeForm(html, css, TODAY, fit), "I ", "I have read");
            String set = "the rules of the large-print form set " + (fit.isEmpty() ? "as designed" : fit);
            assertThat(rules.lines()).as(set).isGreaterThan(10);
            assertThat(rules.smallest()).as(set).isGreaterThanOrEqualTo(12f);
        }
    }

    /** The first setting that places the form well (a tighter one tried if it may save a third sheet), else the slip on a page of its own. */
    private static String byTrial(org.jsoup.nodes.Document html, String css) throws Exception {
        String found = null;
        int foundPages = 0;
        for (String fit : PdfWriter.FORM_FITS) {
            PdfWriter.Judgement j = PdfWriter.judge(html, css, TODAY, fit);
            if (!j.misplaced().isEmpty()) continue;
            if (found == null || j.pages() < foundPages) {
                found = fit;
                foundPages = j.pages();
            }
            if (j.pages() <= 2 || j.lastPageFill() > 0.6) break;
        }
        if (found != null) return found;
        for (String fit : PdfWriter.FORM_FITS) {
            String own = (fit + " " + PdfWriter.OWN_PAGE).strip();
            PdfWriter.Judgement j = PdfWriter.judge(html, css, TODAY, own);
            if (j.misplaced().isEmpty() && (found == null || j.pages() < foundPages)) {
                found = own;
                foundPages = j.pages();
            }
        }
        return found != null ? found : PdfWriter.OWN_PAGE;
    }

    @Test
    void everySeedSchoolsPdfsAreChecked() {
        assertThat(pdfs.stream().map(p -> p.getFileName().toString()))
                .contains("mobile-smart-technology-and-social-media-policy.pdf", "mobile-and-smart-technology-policy.pdf",
                        "social-media-policy.pdf", "staff.pdf", "learners-early-years-ks1.pdf");
    }

    @Test
    void everyWebPageFitsAPhoneAndADesktopWithoutOverlap() throws Exception {
        var chromium = HtmlLayoutCheck.chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed (apt-get install chromium); the web page check is skipped");
        List<Path> pages = pdfs.stream().map(p -> p.resolveSibling(p.getFileName().toString().replace(".pdf", ".html")))
                .filter(Files::exists).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        try (Stream<Path> files = Files.walk(temp)) {
            files.filter(f -> f.getFileName().toString().equals("index.html") && !f.toString().contains("/archive/")).forEach(pages::add);
        }
        assertThat(HtmlLayoutCheck.faults(chromium.get(), pages, temp)).isEmpty();
    }

    @Test
    void theWebPageCheckFindsOverflowAndOverlap() throws Exception {
        var chromium = HtmlLayoutCheck.chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed; skipped");
        Path dir = Files.createDirectories(temp.resolve("probe-html"));
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width'><title>t</title></head><body>"
                + "<p style='white-space:nowrap'>A line far too long for a phone, which does not wrap and so runs off the edge of the screen.</p>"
                + "<ol style='list-style:none;padding:0'><li style='position:relative;padding-left:1em'><span style='position:absolute;left:0'>6.12.10</span>The clause text.</li></ol>"
                + "<p style='width:300px;font-size:16px'>WWWWWWWWWWWWW <span class='url-part'>Hythe-Bay-Club/</span></p>"
                + "<nav class='contents'><ol><li class='level-2 part'>Part A</li><li class='level-3'>1 Aims</li></ol></nav></body></html>");
        List<String> faults = HtmlLayoutCheck.faults(chromium.get(), List.of(page), dir);
        assertThat(faults).anyMatch(f -> f.startsWith("375") && f.contains("scrolls sideways"));
        assertThat(faults).anyMatch(f -> f.contains("6.12.10") && f.contains("overlaps"));
        assertThat(faults).anyMatch(f -> f.contains("web address broken inside \"Hythe-Bay-Club/\""));
        assertThat(faults).anyMatch(f -> f.contains("gives a Part the same weight as a section"));
    }

    // The checker finds each fault it is for, on a page made to have it.

    @Test
    void findsAClauseNumberPrintedOverItsText() throws Exception {
        // The old layout: a fixed 3.4em column and an absolutely placed number wider than it.
        String html = "<ol style='list-style:none;padding:0'><li style='position:relative;padding-left:2.2em'>"
                + "<span style='position:absolute;left:0;font-weight:bold'>6.12.10</span> The school will keep this clause.</li></ol>";
        assertThat(faultsOf(html)).anyMatch(f -> f.contains("6.12.10") || f.contains("print over each other"));
    }

    @Test
    void findsLinesPrintedOverEachOther() throws Exception {
        String html = "<p style='line-height:0.6'>A long sentence that wraps onto a second line because it goes on and on and on and on and on "
                + "and on and on and on and on and on and on and on and on and on and on and on.</p>";
        assertThat(faultsOf(html)).anyMatch(f -> f.contains("overlaps"));
    }

    @Test
    void findsAnEmptyPage() throws Exception {
        String html = "<p>First page.</p><div style='page-break-before:always;height:50mm'></div><p style='page-break-before:always'>Third page.</p>";
        assertThat(faultsOf(html)).anyMatch(f -> f.contains("p2: empty page"));
    }

    @Test
    void findsAHeadingAloneAtAPagesFoot() throws Exception {
        String html = "<p>" + "Some text of the page before its heading. ".repeat(8) + "</p><div style='height:185mm'></div><h2 style='font-size:14pt;font-weight:bold'>Working together</h2>"
                + "<p style='page-break-before:always'>What it heads.</p>";
        assertThat(faultsOf(html)).anyMatch(f -> f.contains("heading 'Working together' alone at the page's foot"));
    }

    @Test
    void findsAClauseNumberPartedFromItsText() throws Exception {
        // As a number placed from the top of its clause once printed: alone at a page's foot, its text on the next page.
        String html = "<p>Some text of the page.</p><div style='height:200mm'></div><p style='padding-left:4em'><b>10.15.11</b></p>"
                + "<p style='page-break-before:always;padding-left:4em'>In exceptional circumstances a long clause goes on.</p>";
        assertThat(faultsOf(html)).anyMatch(f -> f.contains("p1: clause number '10.15.11' alone on its line"));
    }

    @Test
    void findsARunningHeaderOfTwoLines() throws Exception {
        String html = "<div class='running-header'>A very long school name that goes on and on · A very long policy title that goes on and on and on and on and on</div><p>Text.</p>";
        assertThat(faultsOf(html)).anyMatch(f -> f.contains("running header takes 2 lines"));
    }

    @Test
    void aSoundPageHasNoFault() throws Exception {
        String html = "<div class='running-header'>Test · Policy</div><p>Some text that is laid out as it should be.</p>";
        assertThat(faultsOf(html)).isEmpty();
    }

    // The slip check finds each fault it is for.

    static final String SLIP = "<p class='cut'>\u2702 Cut or tear along this line and return the slip below</p>"
            + "<h2>Return slip: Test form</h2><p>I agree.</p><table><tr><th>Name</th><td></td></tr><tr><th>Date</th><td></td></tr></table>";

    @Test
    void findsASlipSplitAcrossPages() throws Exception {
        String html = "<div style='height:225mm'>The form.</div>" + SLIP;
        assertThat(slipFaultsOf(html)).anyMatch(f -> f.contains("split across pages"));
    }

    @Test
    void findsACutLineAtTheTopOfAPage() throws Exception {
        String html = "<p>The form.</p><div style='page-break-before:always'>" + SLIP + "</div>";
        assertThat(slipFaultsOf(html)).anyMatch(f -> f.contains("cut line is at the top of the page"));
    }

    @Test
    void findsASlipWithoutItsCutLine() throws Exception {
        String html = "<p>The form.</p>" + SLIP.replaceFirst("<p class='cut'>.*?</p>", "<p>Something else.</p>");
        assertThat(slipFaultsOf(html)).anyMatch(f -> f.contains("no cut line directly above"));
    }

    @Test
    void aSlipOnTheFormsLastPageOrReturnedWholeHasNoFault() throws Exception {
        assertThat(slipFaultsOf("<p>The form.</p>" + SLIP)).isEmpty();
        String own = "<p>The form.</p><div style='page-break-before:always'><p>Please return this page to the school.</p>"
                + SLIP.replaceFirst("<p class='cut'>.*?</p>", "") + "</div>";
        assertThat(slipFaultsOf(own)).isEmpty();
    }

    private List<String> slipFaultsOf(String body) throws Exception {
        return PdfLayout.slipFaults(probe(body));
    }

    private List<String> faultsOf(String body) throws Exception {
        return PdfLayout.faults(probe(body));
    }

    private Path probe(String body) throws Exception {
        String page = "<!DOCTYPE html><html lang='en-GB'><head><title>Test</title><meta name='subject' content='Test'></head><body>" + body + "</body></html>";
        byte[] pdf = PdfWriter.write(Jsoup.parse(page), PAGED_CSS, List.of(), TODAY);
        Path file = temp.resolve("probe-" + System.nanoTime() + ".pdf");
        Files.write(file, pdf);
        return file;
    }
}
