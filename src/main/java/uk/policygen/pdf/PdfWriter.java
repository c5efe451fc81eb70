package uk.policygen.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;

import uk.policygen.render.PolicyBody;

/**
 * Turns a policy's HTML page into an A4, tagged (PDF/UA) PDF with embedded fonts, bookmarks and
 * metadata, byte-for-byte the same for the same input: the dates come from the policy, not the
 * clock, and the file identifier from its content.
 */
public final class PdfWriter {
    /** The text face; DejaVu Sans, with wider character coverage, is the fallback named after it in the styles. */
    public static final String FAMILY = "Noto Sans";
    public static final String FALLBACK = "DejaVu Sans";

    /** One shipped font file and the family, weight and style the styles reach it by. */
    public record Face(String file, String family, int weight, FontStyle style) {
    }

    /** Every face the print styles may name; a family not listed here loses its text (see STACK.md). */
    public static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", FAMILY, 400, FontStyle.NORMAL),
            new Face("NotoSans-Bold.ttf", FAMILY, 700, FontStyle.NORMAL),
            new Face("NotoSans-Italic.ttf", FAMILY, 400, FontStyle.ITALIC),
            new Face("NotoSans-BoldItalic.ttf", FAMILY, 700, FontStyle.ITALIC),
            new Face("DejaVuSans.ttf", FALLBACK, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", FALLBACK, 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", FALLBACK, 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", FALLBACK, 700, FontStyle.ITALIC));
    private static final List<byte[]> FACE_BYTES = FACES.stream().map(f -> font(f.file())).toList();

    /** The renderer said something at WARNING or above: text may have been lost. */
    public static final class RenderWarning extends Exception {
        public RenderWarning(String message) {
            super(message);
        }
    }

    static {
        // Diagnostics reach us through the consumer below; the renderer's own logging would only
        // scatter them over the user's terminal.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {
    }

    /**
     * @param html     the complete page, as written to the .html file
     * @param pagedCss the page rules only a PDF has ({@code _layout/pdf.css})
     * @param contents the headings to turn into bookmarks
     * @param date     the policy's own date (its ratification or last review), used as the PDF's dates
     */
    public static byte[] write(Document html, String pagedCss, List<PolicyBody.Heading> contents, java.time.LocalDate date) throws RenderWarning {
        Document printed = html.clone();
        printed.select("style[media=screen]").remove(); // the renderer cannot parse screen-only rules
        printed.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(pagedCss));
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(printed);
        addBookmarks(w3c, contents);
        List<String> warnings = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        PDDocument target = new PDDocument();
        builder.usePDDocument(target);
        List<TrueTypeFont> opened = new ArrayList<>();
        try {
            for (int i = 0; i < FACES.size(); i++) {
                Face f = FACES.get(i);
                builder.useFont(letters(target, FACE_BYTES.get(i), opened), f.family(), f.weight(), f.style(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builder.withW3cDocument(w3c, "about:blank");
        builder.withProducer("policygen");
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(d.getFormattedMessage());
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            try (pdf) {
                fixDatesAndId(pdf, date, html.outerHtml());
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
            // A style names a font family that is not shipped with the project.
            throw new RenderWarning(e.getMessage() + "; expected font-family: \"" + FAMILY + "\", \"" + FALLBACK + "\" in the print styles");
        } finally {
            for (TrueTypeFont f : opened) {
                try {
                    f.close();
                } catch (IOException e) {
                    // nothing left to lose: the document is already saved or abandoned
                }
            }
        }
        if (!warnings.isEmpty()) {
            throw new RenderWarning(String.join("; ", warnings));
        }
        return out.toByteArray();
    }

    /**
     * A font whose letters stay letters: no "fi" or "ff" ligature glyphs, which PDFBox would
     * otherwise substitute and which search, copy-and-paste and screen readers read badly.
     */
    private static PDFontSupplier letters(PDDocument doc, byte[] ttf, List<TrueTypeFont> opened) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        font.setEnableGsub(false);
        opened.add(font);
        return new PDFontSupplier(PDType0Font.load(doc, font, true));
    }

    private static void fixDatesAndId(PDDocument pdf, java.time.LocalDate date, String content) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        byte[] id = sha256(content);
        byte[] first = java.util.Arrays.copyOf(id, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(first));
        ids.add(new COSString(first));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        pdf.setDocumentId(0L);
    }

    private static void addBookmarks(org.w3c.dom.Document w3c, List<PolicyBody.Heading> contents) {
        Element head = (Element) w3c.getElementsByTagName("head").item(0);
        Element bookmarks = w3c.createElement("bookmarks");
        Element parent = null;
        for (PolicyBody.Heading h : contents) {
            Element b = w3c.createElement("bookmark");
            b.setAttribute("name", h.label());
            b.setAttribute("href", "#" + h.id());
            boolean part = h.id().startsWith("part-");
            if (part) {
                bookmarks.appendChild(b);
                parent = b;
            } else if (parent != null && !h.id().startsWith("appendix-")) {
                parent.appendChild(b);
            } else {
                bookmarks.appendChild(b);
                parent = null;
            }
        }
        head.appendChild(bookmarks);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("font missing from the jar: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
