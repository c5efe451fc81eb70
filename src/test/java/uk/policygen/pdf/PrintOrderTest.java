package uk.policygen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

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

    private static Document page(String... styles) {
        StringBuilder head = new StringBuilder("<html lang=en><head><title>Styles</title>");
        for (String s : styles) head.append("<style>").append(s).append("</style>");
        return Jsoup.parse(head + "</head><body><h1>A heading</h1><p>Some words, and some more words.</p>"
                + "<p class=big>Larger words.</p></body></html>");
    }

    @Test
    void aPageIsPrintedTheSameAfterPagesWithOtherStyles() throws Exception {
        Document first = page(SHARED, ".big { font-size: 16pt; }");
        byte[] before = PdfWriter.write(first, PAGED, List.of(), DAY);
        // The same sheets again, at other places among other sheets: the renderer numbers each sheet's
        // rules as it builds a page's cascade, so a sheet handed on must not carry another page's order.
        PdfWriter.write(page(".big { font-size: 9pt; }", SHARED), PAGED, List.of(), DAY);
        PdfWriter.write(page(SHARED, "p { margin: 0 }", ".big { font-size: 16pt; }", "h1 { color: black; }"), PAGED, List.of(), DAY);
        assertThat(PdfWriter.write(first, PAGED, List.of(), DAY)).isEqualTo(before);
    }

    @Test
    void laterRulesStillWinOverEarlierOnesWhenTheirSheetWasParsedBefore() throws Exception {
        // Each sheet parsed in one order, then printed in the other: the later sheet's colour wins each time.
        String blue = "h1 { color: #0000ff; }";
        String red = "h1 { color: #ff0000; }";
        assertThat(content(PdfWriter.write(page(SHARED, blue, red), PAGED, List.of(), DAY))).contains("1 0 0 rg").doesNotContain("0 0 1 rg");
        assertThat(content(PdfWriter.write(page(SHARED, red, blue), PAGED, List.of(), DAY))).contains("0 0 1 rg").doesNotContain("1 0 0 rg");
        assertThat(content(PdfWriter.write(page(SHARED, blue, red), PAGED, List.of(), DAY))).contains("1 0 0 rg").doesNotContain("0 0 1 rg");
    }

    /** The first page's drawing instructions, as text. */
    private static String content(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder();
            for (var streams = doc.getPage(0).getContentStreams(); streams.hasNext(); ) {
                try (java.io.InputStream in = streams.next().createInputStream()) {
                    all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
            return all.toString();
        }
    }

    @Test
    void aSheetThatAsksForAnotherIsRefusedEveryTimeNotOnlyTheFirst() {
        // The sheet handed on keeps its @import, so the renderer asks for it, and is refused, each time.
        Document importing = page(SHARED, "@import url(elsewhere.css); p { margin: 0 }");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> PdfWriter.write(importing, PAGED, List.of(), DAY)).isInstanceOf(PdfWriter.RenderWarning.class)
                    .hasMessageContaining("elsewhere.css");
        }
    }

    @Test
    void aFaceAPageBringsUnderAShippedFamilysNameIsMeasuredAsItself() throws Exception {
        // Widths are remembered for the build by the faces a style names; a face a page brings itself
        // may borrow a shipped family's name, and must not be measured with the shipped face's widths.
        String words = "Every mobile phone is handed in at the school office when the pupil arrives and is given back at the end of the day. ".repeat(6);
        String narrow = "p { width: 60mm; }";
        Document shipped = Jsoup.parse("<html lang=en><head><title>Widths</title><style>" + SHARED + narrow + "</style></head><body><p>" + words + "</p></body></html>");
        byte[] dejaVu;
        try (var in = PdfWriter.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            dejaVu = in.readAllBytes();
        }
        String borrowed = "@font-face { font-family: 'Noto Sans'; src: url(data:font/ttf;base64," + java.util.Base64.getEncoder().encodeToString(dejaVu) + "); }";
        Document own = Jsoup.parse("<html lang=en><head><title>Widths</title><style>" + borrowed + SHARED + narrow + "</style></head><body><p>" + words + "</p></body></html>");
        int shippedLines = lines(PdfWriter.write(shipped, PAGED, List.of(), DAY));
        int ownLines = lines(PdfWriter.write(own, PAGED, List.of(), DAY));
        // DejaVu Sans is wider than Noto Sans: the same words take more lines.
        assertThat(ownLines).isGreaterThan(shippedLines);
    }

    /** Lines of text on the first page. */
    private static int lines(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return PdfLayout.lines(PdfLayout.glyphs(doc, 1)).size();
        }
    }
}
