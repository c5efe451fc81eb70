package uk.policygen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What the PDF renderer warns of reaches the build as an error for that document, every time it is
 * printed: text or a picture it could not print is never lost quietly. Its notes on style rules it does
 * not know (which the web page's styles hold) are not errors.
 */
class RendererWarningsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final String PAGED = "@page { size: A4; margin: 20mm; }";

    private static Document page(String style, String body) {
        return Jsoup.parse("<html lang=en><head><title>Warnings</title><meta name=subject content=\"A test page\"><style>"
                + "body { font-family: 'Noto Sans'; } " + style + "</style></head><body>" + body + "</body></html>");
    }

    @Test
    void textInAFamilyThatIsNotShippedIsAnErrorEachTimeNotLostText() {
        // The renderer has no face for it, measures the words as nothing and prints none of them.
        Document page = page("p.note { font-family: 'Comic Sans MS'; }", "<p>Kept.</p><p class=note>Lost without a word.</p>");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> PdfWriter.write(page, PAGED, List.of(), DAY)).isInstanceOf(PdfWriter.RenderWarning.class)
                    .hasMessage("a style names only font families policygen does not ship, so its text would print as nothing;"
                            + " expected font-family: \"Noto Sans\", \"DejaVu Sans\" in the print styles");
        }
    }

    @Test
    void aPictureTheRendererCannotReadIsAnError() {
        Document page = page("", "<p>Words</p><img src=\"data:image/png;base64,AAAA\" alt=\"A picture\">");
        assertThatThrownBy(() -> PdfWriter.write(page, PAGED, List.of(), DAY)).isInstanceOf(PdfWriter.RenderWarning.class)
                .hasMessage("a picture on the page cannot be read as an image; expected a PNG or JPEG file that opens in an image viewer"
                        + " (the only picture a school adds is its logo, school.logo)");
    }

    @Test
    void aStyleRuleOnlyABrowserReadsIsNoError() throws Exception {
        Document page = page("p { overflow-wrap: anywhere; word-break: break-word; }", "<p>Words</p>");
        assertThat(PdfWriter.write(page, PAGED, List.of(), DAY)).isNotEmpty();
    }

    @Test
    void aPageWithoutTheSubjectAnAccessiblePdfNeedsIsAnError() {
        Document page = Jsoup.parse("<html lang=en><head><title>No subject</title><style>body { font-family: 'Noto Sans'; }</style></head>"
                + "<body><p>Words</p></body></html>");
        assertThatThrownBy(() -> PdfWriter.write(page, PAGED, List.of(), DAY)).isInstanceOf(PdfWriter.RenderWarning.class)
                .hasMessageContaining("no subject");
    }
}
