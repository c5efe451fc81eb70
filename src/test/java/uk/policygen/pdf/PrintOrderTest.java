package uk.policygen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What a PDF prints must not depend on what was printed before it in the same process: each style
 * sheet is parsed once per thread and handed to every later document that has it
 * ({@code PdfWriter.SheetsOnce}), and text widths are remembered for the build
 * ({@code PdfWriter.TextWidths}).
 */
class PrintOrderTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final String PAGED = "@page { size: A4; margin: 20mm; }";
    private static final String SHARED = "body { font-family: 'Noto Sans'; font-size: 11pt; } h1 { font-size: 20pt; color: #1d4f91; }";
    private static final String WORDS = "Every mobile phone is handed in at the school office when the pupil arrives and is given back at the end of the day. ";

    private static Document pageOf(String body, String... styles) {
        StringBuilder head = new StringBuilder("<html lang=en><head><title>Print order</title><meta name=subject content=\"A test page\">");
        for (String s : styles) head.append("<style>").append(s).append("</style>");
        return Jsoup.parse(head + "</head><body>" + body + "</body></html>");
    }

    private static Document page(String... styles) {
        return pageOf("<h1>A heading</h1><p>Some words, and some more words.</p><p class=big>Larger words.</p>", styles);
    }

    private static byte[] print(Document page) throws PdfWriter.RenderWarning {
        return PdfWriter.write(page, PAGED, List.of(), DAY);
    }

    @Test
    void aPageIsPrintedTheSameAfterPagesWithOtherStyles() throws Exception {
        Document first = page(SHARED, ".big { font-size: 16pt; }");
        byte[] before = print(first);
        // The same sheets again, at other places among other sheets.
        print(page(".big { font-size: 9pt; }", SHARED));
        print(page(SHARED, "p { margin: 0 }", ".big { font-size: 16pt; }", "h1 { color: black; }"));
        assertThat(print(first)).isEqualTo(before);
    }

    @Test
    void laterRulesStillWinOverEarlierOnesWhenTheirSheetWasParsedBefore() throws Exception {
        // Each sheet parsed in one order, then printed in the other: the later sheet's colour wins each time.
        String blue = "h1 { color: #0000ff; }";
        String red = "h1 { color: #ff0000; }";
        assertThat(content(print(page(SHARED, blue, red)))).contains("1 0 0 rg").doesNotContain("0 0 1 rg");
        assertThat(content(print(page(SHARED, red, blue)))).contains("0 0 1 rg").doesNotContain("1 0 0 rg");
        assertThat(content(print(page(SHARED, blue, red)))).contains("1 0 0 rg").doesNotContain("0 0 1 rg");
    }

    @Test
    void aColourGivenInPrintersInkIsPrintedSoFromAStyleSheetParsedBefore() throws Exception {
        // The renderer reads cmyk() in a PDF's styles; a sheet parsed once must be parsed as it would.
        String ink = "h1 { color: cmyk(0, 1, 0, 0); }";
        for (int i = 0; i < 2; i++) assertThat(content(print(page(SHARED, ink)))).contains("0 1 0 0 k");
    }

    @Test
    void aSheetThatAsksForAnotherIsRefusedEveryTimeNotOnlyTheFirst() {
        // The sheet handed on keeps its @import, so the renderer asks for it, and is refused, each time.
        Document importing = page(SHARED, "@import url(elsewhere.css); p { margin: 0 }");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> print(importing)).isInstanceOf(PdfWriter.RenderWarning.class).hasMessageContaining("elsewhere.css");
        }
    }

    @Test
    void theSameWordsAtAnotherSizeOrWeightAreMeasuredAsThemselvesInEitherOrder() throws Exception {
        String narrow = "p { width: 60mm; }";
        String body = "<p>" + WORDS.repeat(4) + "</p>";
        Document small = pageOf(body, SHARED, narrow, "p { font-size: 8pt; }");
        Document large = pageOf(body, SHARED, narrow, "p { font-size: 16pt; }");
        Document bold = pageOf(body, SHARED, narrow, "p { font-weight: bold; }");
        Document regular = pageOf(body, SHARED, narrow);
        // Each printed after the other: measured with the other's widths, it would break its lines as the other does.
        List<String> smallLines = lines(print(small));
        List<String> largeLines = lines(print(large));
        List<String> regularLines = lines(print(regular));
        List<String> boldLines = lines(print(bold));
        assertThat(largeLines.size()).isGreaterThan(smallLines.size());
        assertThat(boldLines).isNotEqualTo(regularLines);
        // And the other way round, each now measured before.
        assertThat(lines(print(large))).isEqualTo(largeLines);
        assertThat(lines(print(small))).isEqualTo(smallLines);
        assertThat(lines(print(bold))).isEqualTo(boldLines);
        assertThat(lines(print(regular))).isEqualTo(regularLines);
    }

    @Test
    void aFaceAPageBringsUnderAShippedFamilysNameIsMeasuredAsItself() throws Exception {
        // Widths are remembered for the build by the faces a style names; a face a page brings itself
        // may borrow a shipped family's name, and must not be measured with the shipped face's widths.
        String narrow = "p { width: 60mm; }";
        String body = "<p>" + WORDS.repeat(6) + "</p>";
        byte[] dejaVu;
        try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            dejaVu = in.readAllBytes();
        }
        String borrowed = "@font-face { font-family: 'Noto Sans'; src: url(data:font/ttf;base64," + java.util.Base64.getEncoder().encodeToString(dejaVu) + "); }";
        int shippedLines = lines(print(pageOf(body, SHARED + narrow))).size();
        int ownLines = lines(print(pageOf(body, borrowed + SHARED + narrow))).size();
        // DejaVu Sans is wider than Noto Sans: the same words take more lines.
        assertThat(ownLines).isGreaterThan(shippedLines);
    }

    /** The first page's drawing instructions, as text. */
    private static String content(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder();
            for (var streams = doc.getPage(0).getContentStreams(); streams.hasNext(); ) {
                try (InputStream in = streams.next().createInputStream()) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
            return all.toString();
        }
    }

    /** The first page's lines of text, each as its characters. */
    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfLayout.lines(PdfLayout.glyphs(doc, 1)).stream()
                    .map(line -> line.stream().map(PdfLayout.Glyph::text).reduce("", String::concat)).toList();
        }
    }
}
