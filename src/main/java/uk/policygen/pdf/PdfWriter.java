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
import java.util.Optional;
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

    /**
     * Parsed font sets not in use. Parsing the faces was a fifth of a warm build and half its
     * allocation when done for every PDF, so each set is parsed once and reused. A parsed font is
     * read (for subsetting) until its PDF is saved, and its reads are not thread-safe: a set is
     * lent to one document at a time, so there are only as many sets as PDFs rendered at once.
     */
    private static final java.util.concurrent.ConcurrentLinkedDeque<Faces> IDLE = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /**
     * Every face of {@link #FACES}, in the same order, with ligature substitution off; each parsed
     * the first time a document of this set uses it. Most documents never reach the fallback faces
     * (DejaVu Sans prints only what Noto Sans lacks) nor bold italic: parsing all eight faces up
     * front was most of the font work of a build of one school.
     */
    private static final class Faces {
        private final TrueTypeFont[] fonts = new TrueTypeFont[FACES.size()];

        static Faces borrow() {
            Faces idle = IDLE.pollFirst();
            return idle != null ? idle : new Faces();
        }

        TrueTypeFont get(int i) throws IOException {
            if (fonts[i] == null) fonts[i] = letters(FACE_BYTES.get(i));
            return fonts[i];
        }

        void giveBack() {
            IDLE.addFirst(this);
        }
    }

    /**
     * One face for one document, embedded (as a subset of the glyphs the document uses) only when
     * the renderer first needs it, so a document carries and pays for only the faces it prints.
     * Its metrics come from {@link #METRICS}, so choosing a face does not embed it.
     */
    private static final class LazyFace extends PDFontSupplier {
        private final PDDocument doc;
        private final Faces faces;
        private final int index;
        private PDType0Font font;

        LazyFace(PDDocument doc, Faces faces, int index) {
            super(null);
            this.doc = doc;
            this.faces = faces;
            this.index = index;
        }

        @Override
        public PDType0Font supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, faces.get(index), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /**
     * The page's style sheets, each parsed once per thread rather than once per layout: a form is laid
     * out in several settings (up to eight layouts), and every layout parsed the same 10 KB of styles
     * again (3% of a cold build). The renderer parses a {@code <style>} element whenever it builds a
     * document, but takes a linked sheet it is handed already parsed, so each is handed over so, named
     * as the renderer would name it. (A sheet's {@code @import} stays in it, and is refused each time:
     * {@code PrintOrderTest}.)
     *
     * <p>Per thread, because the renderer numbers a sheet's selectors, in the sheet itself, as it
     * builds each document's cascade: two threads sharing one sheet could number it at once.
     */
    private static final class SheetsOnce extends com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler {
        /** A few per thread: the print styles of a policy and of a form, and the page's own. */
        private static final int KEPT = 12;
        private static final ThreadLocal<java.util.Map<String, com.openhtmltopdf.css.sheet.Stylesheet>> PARSED =
                ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(java.util.Map.Entry<String, com.openhtmltopdf.css.sheet.Stylesheet> eldest) {
                        return size() > KEPT;
                    }
                });
        private static final ThreadLocal<com.openhtmltopdf.context.StylesheetFactoryImpl> PARSER = ThreadLocal.withInitial(() -> {
            var parser = new com.openhtmltopdf.context.StylesheetFactoryImpl(null);
            parser.setSupportCMYKColors(true); // as the renderer's own parser for a PDF
            return parser;
        });

        @Override
        public com.openhtmltopdf.css.sheet.StylesheetInfo[] getStylesheets(org.w3c.dom.Document doc) {
            com.openhtmltopdf.css.sheet.StylesheetInfo[] infos = super.getStylesheets(doc);
            int inline = 0;
            for (com.openhtmltopdf.css.sheet.StylesheetInfo info : infos) {
                if (!info.isInline()) continue;
                // The name the renderer gives an inline sheet (its base address is about:blank).
                String uri = "about:blank#inline_style_" + ++inline;
                String key = uri + '\n' + info.getOrigin() + '\n' + info.getContent();
                com.openhtmltopdf.css.sheet.Stylesheet sheet = PARSED.get().get(key);
                info.setUri(uri);
                if (sheet == null) {
                    sheet = PARSER.get().parse(new java.io.StringReader(info.getContent()), info);
                    PARSED.get().put(key, sheet);
                }
                info.setContent(null); // linked, so the renderer takes the sheet as handed
                info.setStylesheet(sheet);
            }
            return infos;
        }
    }

    /**
     * Each face's metrics (ascent, descent, widths of the font as a whole), which the renderer reads
     * for every face a style names, the fallback too: kept for the process, as they depend only on
     * the font file, so a face is embedded only when a glyph of it is printed.
     */
    private static final com.openhtmltopdf.extend.FSCacheEx<String, com.openhtmltopdf.extend.FSCacheValue> METRICS = new Metrics();

    private static final class Metrics implements com.openhtmltopdf.extend.FSCacheEx<String, com.openhtmltopdf.extend.FSCacheValue> {
        private final java.util.concurrent.ConcurrentHashMap<String, com.openhtmltopdf.extend.FSCacheValue> map = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void put(String key, com.openhtmltopdf.extend.FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public com.openhtmltopdf.extend.FSCacheValue get(String key, java.util.concurrent.Callable<? extends com.openhtmltopdf.extend.FSCacheValue> make) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return make.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public com.openhtmltopdf.extend.FSCacheValue get(String key) {
            return map.get(key);
        }
    }

    /**
     * The renderer's text measurer, remembering each width it measured. Breaking lines, the renderer
     * measures the same words and runs of text again and again, in every document and in every setting
     * of a form it tries, and PDFBox measures a string by encoding it to the font's codes and reading
     * them back. A width depends only on the faces the style names, in order, their size and the text,
     * so a remembered one is the same number; measuring draws nothing and adds no glyph to the embedded
     * font. Kept for the process: the seed build asks for 134,274 widths, of which 76,169 were new to
     * their document but only 6,314 new to the build. At most {@link #KEPT} are kept (each about 120
     * bytes): a trust's schools share most of their words, and the few they do not would otherwise
     * grow the table with every school.
     */
    private static final class TextWidths extends com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer {
        static final int KEPT = 100_000;
        /** By the faces a style names (family, weight and style, in the order the renderer tries them) and their size. */
        private static final java.util.concurrent.ConcurrentHashMap<List<Object>, java.util.concurrent.ConcurrentHashMap<String, Integer>> WIDTHS =
                new java.util.concurrent.ConcurrentHashMap<>();
        private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();
        /** This document's fonts, each with the widths of its faces and size. */
        private final java.util.IdentityHashMap<com.openhtmltopdf.render.FSFont, java.util.Map<String, Integer>> fonts = new java.util.IdentityHashMap<>();

        @Override
        public int getWidth(com.openhtmltopdf.extend.FontContext context, com.openhtmltopdf.render.FSFont font, String text) {
            java.util.Map<String, Integer> known = fonts.computeIfAbsent(font, TextWidths::widthsOf);
            Integer width = known.get(text);
            if (width == null) {
                width = super.getWidth(context, font, text);
                if (known.put(text, width) == null && COUNT.incrementAndGet() > KEPT) {
                    // Rarely, in a long build: start again, this document keeping the widths it holds.
                    WIDTHS.clear();
                    COUNT.set(0);
                }
            }
            return width;
        }

        private static java.util.Map<String, Integer> widthsOf(com.openhtmltopdf.render.FSFont font) {
            var pdfFont = (com.openhtmltopdf.pdfboxout.PdfBoxFSFont) font;
            // No face at all: the renderer warns, in each document, that the text is lost.
            if (pdfFont.getFontDescriptions() == null || pdfFont.getFontDescriptions().isEmpty()) return new java.util.HashMap<>();
            List<Object> faces = new ArrayList<>();
            faces.add(pdfFont.getSize2D());
            for (var d : pdfFont.getFontDescriptions()) {
                // A face a page's own styles bring (@font-face) may take any family's name: its widths
                // are its document's alone.
                if (d.isFromFontFace()) return new java.util.HashMap<>();
                faces.add(d.getFamily() + '\t' + d.getWeight() + '\t' + d.getStyle());
            }
            return WIDTHS.computeIfAbsent(List.copyOf(faces), f -> new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /** The renderer warned of the page, or was asked to load something: text or a picture may be lost, or what an accessible PDF needs. */
    public static final class RenderWarning extends Exception {
        public RenderWarning(String message) {
            super(message);
        }
    }

    /** The Flate level every stream in a PDF is compressed at, unless the user set PDFBox's own property. */
    static final String DEFLATE_LEVEL = "3";

    static {
        // The renderer's diagnostics reach each document's consumer (layOut) only while its logging is
        // on; its own logger would scatter them over the user's terminal, so that logger is silent.
        // (Turning logging off, as this once did, silenced the consumer too.)
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new com.openhtmltopdf.util.XRLogger() {
            @Override
            public void log(String where, Level level, String msg) {
            }

            @Override
            public void log(String where, Level level, String msg, Throwable th) {
            }

            @Override
            public void setLevel(String logger, Level level) {
            }

            @Override
            public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
                return false;
            }
        });
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(true);
        // An image the renderer cannot pass through (a PNG with transparency, say) is decoded by
        // ImageIO, which by default caches the stream in a temporary file: in memory instead.
        javax.imageio.ImageIO.setUseCache(false);
        // Compressing at zlib's default level (6) was a fifth of a warm PDF's CPU (native time, which
        // the profiler's Java samples do not show): level 3 cut a warm 13-page policy from 72-95 to
        // 57-61 ms for 8.7% larger files (the seed build's PDFs 2.57 -> 2.79 MB). PDFBox reads this
        // property each time it compresses a stream; it has no other setting for it.
        if (System.getProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL) == null) {
            System.setProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL, DEFLATE_LEVEL);
        }
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
        return write(html, pagedCss, contents, date, null);
    }

    /** As above, with the hash of the page's text already taken ({@link #sourceHash}), or null. */
    private static byte[] write(Document html, String pagedCss, List<PolicyBody.Heading> contents, java.time.LocalDate date, byte[] sourceHash)
            throws RenderWarning {
        Faces faces = Faces.borrow();
        try (Laid laid = layOut(html, pagedCss, contents, date, "", faces)) {
            return laid.finish(sourceHash);
        } finally {
            faces.giveBack();
        }
    }

    /**
     * The ways a form may be set, tried in turn: as designed; with tighter spacing; in type half a
     * point smaller.
     * Each is a class on the printed page's body ({@code _layout/form-print.css}).
     */
    public static final List<String> FORM_FITS = List.of("", "fit-snug", "fit-snug fit-small");
    /** Added to a setting of {@link #FORM_FITS} when the slip fits on no page with the end of the form. */
    public static final String OWN_PAGE = "slip-own-page";

    /** A form's PDF and the way it was set ({@link #FORM_FITS}). */
    public record FormPdf(byte[] pdf, String fit) {
    }

    /**
     * An Acceptable Use Policy form, set so that it works on paper: each return slip shares its
     * page with the end of the form, whole, or (when no setting fits it there) has a page of its own;
     * the acknowledgement never has a page to itself. The first setting of {@link #FORM_FITS} that
     * places every slip so is used.
     *
     * <p>Each setting is only laid out to be judged; the one chosen is painted and saved. Painting and
     * saving every setting tried made the forms, a few pages each, cost more than the policies.
     */
    public static FormPdf writeForm(Document html, String pagedCss, java.time.LocalDate date) throws RenderWarning {
        return chosenForm(html, pagedCss, date, null);
    }

    private static FormPdf chosenForm(Document html, String pagedCss, java.time.LocalDate date, byte[] sourceHash) throws RenderWarning {
        // One font set for every setting tried: they are laid out one after another on this thread.
        Faces faces = Faces.borrow();
        try (Laid chosen = chooseSetting(html, pagedCss, date, faces)) {
            return new FormPdf(chosen.finish(sourceHash), chosen.fit);
        } finally {
            faces.giveBack();
        }
    }

    /** The setting {@link #writeForm} would choose for this form, found without printing it. */
    public static String formFit(Document html, String pagedCss, java.time.LocalDate date) throws RenderWarning {
        Faces faces = Faces.borrow();
        try (Laid chosen = chooseSetting(html, pagedCss, date, faces)) {
            return chosen.fit;
        } finally {
            faces.giveBack();
        }
    }

    /**
     * The form laid out in the setting {@link #writeForm} describes; every other setting tried is closed.
     *
     * <p>A slip given a page of its own does not move what comes before it, so each such setting is
     * judged from the same setting with the slip in line, already laid out: it takes the pages the form
     * took there, and one for the slip, and is placed well if the form was. Only the one chosen is laid
     * out, and checked; should it not be as judged, every setting is laid out after all. (A test checks
     * each form's setting against laying out every setting in turn.)
     */
    private static Laid chooseSetting(Document html, String pagedCss, java.time.LocalDate date, Faces faces) throws RenderWarning {
        Laid found = null;
        List<Placement> inline = new ArrayList<>();
        try {
            for (String fit : FORM_FITS) {
                Laid r = layOut(html, pagedCss, List.of(), date, fit, faces);
                inline.add(r.placed);
                if (!r.misplaced.isEmpty()) {
                    r.close();
                    continue;
                }
                if (found == null || r.pages < found.pages) {
                    if (found != null) found.close();
                    found = r;
                } else {
                    r.close();
                }
                // A third sheet mostly empty is worth a tighter setting that may save it; otherwise the
                // first setting that places the slip well is the one used.
                if (r.pages <= 2 || r.lastPageFill > 0.6) break;
            }
        } catch (RenderWarning | RuntimeException | Error e) {
            if (found != null) found.close();
            throw e;
        }
        if (found != null) return found;
        // The slip fits on no page with the end of the form: it has a page of its own, after the form
        // set in the first way that takes the fewest pages (with the slip in line, every setting was tried).
        if (inline.stream().anyMatch(r -> r.slips() != 1)) return ownPageByTrial(html, pagedCss, date, faces);
        int best = -1;
        for (int i = 0; i < inline.size(); i++) {
            if (inline.get(i).formPlacedWell() && (best < 0 || inline.get(i).formEndPage() < inline.get(best).formEndPage())) best = i;
        }
        if (best < 0) return layOut(html, pagedCss, List.of(), date, OWN_PAGE, faces);
        Laid r = layOut(html, pagedCss, List.of(), date, (FORM_FITS.get(best) + " " + OWN_PAGE).strip(), faces);
        // The form's pages, then the slip's.
        if (r.misplaced.isEmpty() && r.pages == inline.get(best).formEndPage() + 2) return r;
        r.close();
        return ownPageByTrial(html, pagedCss, date, faces);
    }

    /** Every setting laid out with the slip on a page of its own; the first of the fewest pages that places the form well. */
    private static Laid ownPageByTrial(Document html, String pagedCss, java.time.LocalDate date, Faces faces) throws RenderWarning {
        Laid best = null;
        try {
            for (String fit : FORM_FITS) {
                Laid r = layOut(html, pagedCss, List.of(), date, (fit + " " + OWN_PAGE).strip(), faces);
                if (r.misplaced.isEmpty() && (best == null || r.pages < best.pages)) {
                    if (best != null) best.close();
                    best = r;
                } else {
                    r.close();
                }
            }
        } catch (RenderWarning | RuntimeException | Error e) {
            if (best != null) best.close();
            throw e;
        }
        return best != null ? best : layOut(html, pagedCss, List.of(), date, OWN_PAGE, faces);
    }

    /** How a form falls on its pages in one setting, for tests: its pages, and where it is placed badly. */
    record Judgement(int pages, List<String> misplaced, double lastPageFill) {
    }

    /** Lays the form out in one setting and judges it, as {@link #writeForm} does each setting it tries. */
    static Judgement judge(Document html, String pagedCss, java.time.LocalDate date, String fit) throws RenderWarning {
        Faces faces = Faces.borrow();
        try (Laid r = layOut(html, pagedCss, List.of(), date, fit, faces)) {
            return new Judgement(r.pages, r.misplaced, r.lastPageFill);
        } finally {
            faces.giveBack();
        }
    }

    /** A form set in a given way of {@link #FORM_FITS} (a class pack takes the setting its first copy needs). */
    public static byte[] writeForm(Document html, String pagedCss, java.time.LocalDate date, String fit) throws RenderWarning {
        Faces faces = Faces.borrow();
        try (Laid laid = layOut(html, pagedCss, List.of(), date, fit, faces)) {
            return laid.finish();
        } finally {
            faces.giveBack();
        }
    }

    /**
     * Where a form fell on its pages. The elements it places with care are found by id after layout: a
     * return slip ({@code return-N}) and the acknowledgement that ends the form before it
     * ({@code acknowledgement-N}). A slip split across pages is always wrong; one at the top of a page is
     * wrong unless it was meant to have the page (class {@code own-page}, or the whole form set with
     * {@code slip-own-page}); the acknowledgement at the top of a page is parted from the form it closes
     * (and leaves that page to the slip and small print).
     *
     * @param misplaced     what is placed badly; empty when every part is placed well
     * @param formPlacedWell whether everything before the slips is placed well (the acknowledgement, headings)
     * @param slips         how many return slips the page has
     * @param formEndPage   the page (from 0) on which the last acknowledgement ends
     */
    record Placement(List<String> misplaced, boolean formPlacedWell, int slips, int formEndPage) {
    }

    static Placement placement(PdfBoxRenderer renderer, boolean slipOwnPage) {
        List<String> out = new ArrayList<>();
        List<com.openhtmltopdf.render.PageBox> pages = renderer.getRootBox().getLayer().getPages();
        int slack = Math.round(2 * renderer.getDotsPerPoint());
        java.util.Set<String> atTop = new java.util.HashSet<>();
        int lastPage = -1, slips = 0, formEndPage = -1;
        for (var at : renderer.findPagePositionsByID(java.util.regex.Pattern.compile("(return|acknowledgement)-\\d+"))) {
            com.openhtmltopdf.render.Box box = at.getElement();
            int top = box.getAbsY(), bottom = top + box.getHeight();
            int n = 0;
            while (n < pages.size() - 1 && top >= pages.get(n).getBottom()) n++;
            com.openhtmltopdf.render.PageBox page = pages.get(n);
            if (top - page.getTop() <= slack) atTop.add(at.getId());
            boolean slip = at.getId().startsWith("return-");
            if (slip) {
                slips++;
                if (bottom > page.getBottom() + slack) out.add(at.getId() + " is split across pages");
                lastPage = Math.max(lastPage, n + (bottom > page.getBottom() + slack ? 1 : 0));
                boolean meant = slipOwnPage || box.getElement().getAttribute("class").contains("own-page");
                if (atTop.contains(at.getId()) && !meant) out.add(at.getId() + " starts a page of its own");
            } else {
                formEndPage = Math.max(formEndPage, pageOf(pages, Math.max(top, bottom - 1)));
            }
        }
        List<String> form = new ArrayList<>();
        for (String id : atTop) {
            if (id.startsWith("acknowledgement-")) form.add(id + " starts a page, parted from the form it closes");
        }
        headingsParted(renderer.getRootBox(), pages, Math.round(30 * renderer.getDotsPerPoint()), form);
        out.addAll(form);
        // The last slip ends the document: a page after it would be blank.
        if (lastPage >= 0 && lastPage < pages.size() - 1) out.add("a blank page follows the last slip");
        return new Placement(out, form.isEmpty(), slips, formEndPage);
    }

    /**
     * A form's heading left at a page's foot, with less than its first two lines of text after it on
     * that page ({@code reach}: two lines, in layout units).
     */
    private static void headingsParted(com.openhtmltopdf.render.Box box, List<com.openhtmltopdf.render.PageBox> pages, int reach, List<String> out) {
        for (int i = 0; i < box.getChildCount(); i++) {
            com.openhtmltopdf.render.Box child = box.getChild(i);
            Element e = child.getElement();
            if (e != null && e.getTagName().equals("h2") && i + 1 < box.getChildCount() && e.getParentNode() instanceof Element parent
                    && parent.getAttribute("class").contains("form-body")
                    && pageOf(pages, child.getAbsY()) != pageOf(pages, Math.min(box.getChild(i + 1).getAbsY() + reach, box.getChild(i + 1).getAbsY() + box.getChild(i + 1).getHeight() - 1))) {
                out.add("heading '" + e.getTextContent() + "' is parted from its text");
            }
            headingsParted(child, pages, reach, out);
        }
    }

    private static int pageOf(List<com.openhtmltopdf.render.PageBox> pages, int y) {
        int n = 0;
        while (n < pages.size() - 1 && y >= pages.get(n).getBottom()) n++;
        return n;
    }

    /** How much of the last page's text area the document's content reaches down, from 0 to 1. */
    static double lastPageFill(PdfBoxRenderer renderer) {
        List<com.openhtmltopdf.render.PageBox> pages = renderer.getRootBox().getLayer().getPages();
        com.openhtmltopdf.render.PageBox last = pages.get(pages.size() - 1);
        com.openhtmltopdf.render.Box root = renderer.getRootBox();
        int bottom = root.getAbsY() + root.getHeight();
        return Math.max(0, Math.min(1, (bottom - last.getTop()) / (double) (last.getBottom() - last.getTop())));
    }

    /**
     * A page laid out in one setting and judged (its pages, where a form's parts fell), not yet
     * painted: {@link #finish()} paints and saves it; {@link #close()} abandons it.
     */
    private static final class Laid implements AutoCloseable {
        final String fit;
        final int pages;
        /** Where a form's parts fell on the page: empty when each slip and the acknowledgement are placed well. */
        final List<String> misplaced;
        final double lastPageFill;
        /** Where the form's parts fell, as {@link Placement} says. */
        final Placement placed;
        private final PdfBoxRenderer renderer;
        private final PDDocument target;
        private final List<String> warnings;
        /** The page as written to the .html file, whose text the PDF's identifier is made from. */
        private final Document source;
        private final java.time.LocalDate date;

        Laid(String fit, PdfBoxRenderer renderer, PDDocument target, List<String> warnings, Document source, java.time.LocalDate date) {
            this.fit = fit;
            this.renderer = renderer;
            this.target = target;
            this.warnings = warnings;
            this.source = source;
            this.date = date;
            // Painting would tell the output device the root box; finding elements' pages needs it first.
            renderer.getOutputDevice().setRoot(renderer.getRootBox());
            this.placed = placement(renderer, fit.contains(OWN_PAGE));
            this.misplaced = placed.misplaced();
            this.lastPageFill = lastPageFill(renderer);
            this.pages = renderer.getRootBox().getLayer().getPages().size();
        }

        byte[] finish() throws RenderWarning {
            return finish(null);
        }

        /** Paints and saves; {@code sourceHash} is {@link #sourceHash} of the page when already taken, or null. */
        byte[] finish(byte[] sourceHash) throws RenderWarning {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                PDDocument pdf = renderer.createPDFKeepOpen();
                dropEmptyArtifacts(pdf);
                fixDatesAndId(pdf, date, sourceHash != null ? sourceHash : sourceHash(source));
                pdf.save(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
                throw fontNotFound(e);
            }
            if (!warnings.isEmpty()) throw new RenderWarning(String.join("; ", warnings));
            return out.toByteArray();
        }

        @Override
        public void close() {
            renderer.close();
            try {
                target.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The renderer marks a background artifact around every box it paints, whether or not the box has
     * a background or border to paint (it takes every box to have a background image): a 13-page
     * policy had 2,380 such marks, 2,357 of them around nothing, each with a property list of its own,
     * more than half the PDF's objects. A mark around nothing says nothing to a reader or a screen
     * reader: each is taken out of its page's content, with its property list, before the PDF is saved
     * (the pages look the same to the pixel; the seed build's PDFs are a fifth smaller).
     */
    static void dropEmptyArtifacts(PDDocument pdf) throws IOException {
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            byte[] raw;
            try (InputStream in = page.getContents()) {
                if (in == null) continue;
                raw = in.readAllBytes();
            }
            java.util.Set<String> dropped = new java.util.HashSet<>();
            java.util.Set<String> kept = new java.util.HashSet<>();
            byte[] out = withoutEmptyArtifacts(raw, dropped, kept);
            if (out.length == raw.length) continue;
            dropped.removeAll(kept);
            // Only a page's own resources: a dictionary it inherits may be another page's too.
            org.apache.pdfbox.cos.COSDictionary own = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            org.apache.pdfbox.cos.COSDictionary properties = own == null ? null : own.getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                for (String name : dropped) properties.removeItem(COSName.getPDFName(name));
            }
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(pdf, new java.io.ByteArrayInputStream(out), COSName.FLATE_DECODE));
        }
    }

    private static final byte[] ARTIFACT = "/Artifact /".getBytes(StandardCharsets.US_ASCII);

    /**
     * A page's content (one operator a line, as PDFBox writes it) without the artifact marks that
     * enclose nothing, an artifact left empty by taking out those inside it too. The names of the
     * property lists of the marks taken out, and of those kept, are added to {@code dropped} and
     * {@code kept}. A line is read past any string in it, which may hold any byte.
     */
    static byte[] withoutEmptyArtifacts(byte[] raw, java.util.Set<String> dropped, java.util.Set<String> kept) {
        byte[] out = new byte[raw.length];
        int length = 0;
        // For each open mark: where its line starts in out and where it ends (-1 for a mark that stays), and its name.
        int[] starts = new int[64];
        int[] ends = new int[64];
        String[] names = new String[64];
        int depth = 0;
        int i = 0;
        while (i < raw.length) {
            int end = lineEnd(raw, i);
            int next = Math.min(raw.length, end + 1);
            if (endsWith(raw, i, end, " BDC") || endsWith(raw, i, end, " BMC")) {
                if (depth == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, depth * 2);
                    ends = java.util.Arrays.copyOf(ends, depth * 2);
                    names = java.util.Arrays.copyOf(names, depth * 2);
                }
                String name = artifactProperties(raw, i, end);
                starts[depth] = length;
                System.arraycopy(raw, i, out, length, next - i);
                length += next - i;
                ends[depth] = name == null ? -1 : length;
                names[depth] = name;
                depth++;
                i = next;
                continue;
            }
            if (end - i == 3 && raw[i] == 'E' && raw[i + 1] == 'M' && raw[i + 2] == 'C' && depth > 0) {
                depth--;
                if (ends[depth] == length) {
                    length = starts[depth]; // the mark encloses nothing: neither it nor its end is written
                    dropped.add(names[depth]);
                    i = next;
                    continue;
                }
                if (names[depth] != null) kept.add(names[depth]);
            }
            System.arraycopy(raw, i, out, length, next - i);
            length += next - i;
            i = next;
        }
        for (int d = 0; d < depth; d++) {
            if (names[d] != null) kept.add(names[d]); // never closed: kept as it is
        }
        return length == raw.length ? raw : java.util.Arrays.copyOf(out, length);
    }

    /** The end of the line starting at {@code i} (its newline, or the end of the content), past any string in it. */
    private static int lineEnd(byte[] raw, int i) {
        int j = i;
        while (j < raw.length && raw[j] != '\n') {
            if (raw[j] == '(') {
                int depth = 1;
                j++;
                while (j < raw.length && depth > 0) {
                    if (raw[j] == '\\') j++;
                    else if (raw[j] == '(') depth++;
                    else if (raw[j] == ')') depth--;
                    j++;
                }
            } else {
                j++;
            }
        }
        return j;
    }

    private static boolean endsWith(byte[] raw, int from, int end, String suffix) {
        int n = suffix.length();
        if (end - from < n) return false;
        for (int k = 0; k < n; k++) {
            if (raw[end - n + k] != suffix.charAt(k)) return false;
        }
        return true;
    }

    /** {@code Prop12} for the line {@code /Artifact /Prop12 BDC}; null for any other mark. */
    private static String artifactProperties(byte[] raw, int from, int end) {
        if (end - from <= ARTIFACT.length + 4 || !endsWith(raw, from, end, " BDC")) return null;
        for (int k = 0; k < ARTIFACT.length; k++) {
            if (raw[from + k] != ARTIFACT[k]) return null;
        }
        int nameEnd = end - 4;
        for (int k = from + ARTIFACT.length; k < nameEnd; k++) {
            if (raw[k] == ' ' || raw[k] == '/' || raw[k] == '<') return null;
        }
        return new String(raw, from + ARTIFACT.length, nameEnd - from - ARTIFACT.length, StandardCharsets.US_ASCII);
    }

    /** A style names a font family that is not shipped with the project. */
    private static RenderWarning fontNotFound(com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
        return new RenderWarning(e.getMessage() + "; expected font-family: \"" + FAMILY + "\", \"" + FALLBACK + "\" in the print styles");
    }

    /**
     * Lays the page out in one setting ({@code fit}: classes on its body), with the fonts of
     * {@code faces}, which must not be given back while the result is open. Whatever the renderer
     * refused to load, or warned of while laying out, is reported here.
     */
    /**
     * A policy's acknowledgement (the footer after its main text) kept on one page with the † note before it, so it never
     * has the last page to itself: both are moved into one block the styles keep whole. Only in the printed copy, and
     * only where the note ends the text: a form's acknowledgement has its own place, before the slip.
     */
    static void keepAcknowledgement(Document printed) {
        org.jsoup.nodes.Element main = printed.selectFirst("body > main");
        org.jsoup.nodes.Element colophon = main == null ? null : main.nextElementSibling();
        if (colophon == null || !colophon.is("footer.colophon")) return;
        org.jsoup.nodes.Element note = main.selectFirst("div.provenance-note");
        if (note == null) return;
        org.jsoup.nodes.Element keep = new org.jsoup.nodes.Element("div").addClass("keep-with-acknowledgement");
        note.before(keep);
        keep.appendChild(note);
        keep.appendChild(colophon);
    }

    private static Laid layOut(Document html, String pagedCss, List<PolicyBody.Heading> contents, java.time.LocalDate date, String fit, Faces faces)
            throws RenderWarning {
        Document printed = html.clone();
        if (!fit.isEmpty()) printed.body().addClass(fit);
        printed.select("style[media=screen]").remove(); // the renderer cannot parse screen-only rules
        // A word longer than the line (a long web address, a pasted string) breaks instead of running off the page.
        printed.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode("body { word-wrap: break-word; }"));
        printed.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(pagedCss));
        punctuationIntoLinks(printed);
        keepAcknowledgement(printed);
        checkPrintable(printed);
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(printed);
        addBookmarks(w3c, contents);
        List<String> warnings = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        PDDocument target = new PDDocument();
        builder.usePDDocument(target);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
        for (int i = 0; i < FACES.size(); i++) {
            Face f = FACES.get(i);
            builder.useFont(new LazyFace(target, faces, i), f.family(), f.weight(), f.style(), true);
        }
        List<String> refused = new ArrayList<>();
        restrictResources(builder, refused);
        builder.useNamespaceHandler(new SheetsOnce());
        builder.withW3cDocument(w3c, "about:blank");
        builder.withProducer("policygen");
        builder.withDiagnosticConsumer(d -> {
            // A style rule the renderer does not know is skipped, and loses no text: the page's styles
            // are the web page's too, and some of them (overflow-wrap, word-break) only a browser reads.
            if (d.getLevel().intValue() >= Level.WARNING.intValue()
                    && !com.openhtmltopdf.util.XRLog.CSS_PARSE.equals(d.getLogMessageId().getWhere())) {
                String said = inPlainWords(d);
                if (!warnings.contains(said)) warnings.add(said);
            }
        });
        PdfBoxRenderer renderer;
        try {
            renderer = builder.buildPdfRenderer();
        } catch (com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
            close(null, target);
            throw fontNotFound(e);
        }
        renderer.getSharedContext().setTextRenderer(new TextWidths());
        Laid laid;
        try {
            renderer.layout();
            laid = new Laid(fit, renderer, target, warnings, html, date);
        } catch (com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
            close(renderer, target);
            throw fontNotFound(e);
        } catch (RuntimeException | Error e) {
            close(renderer, target);
            throw e;
        }
        if (!refused.isEmpty()) {
            laid.close();
            throw new RenderWarning("the page asks the PDF renderer to load " + String.join(", ", refused.stream().distinct().limit(5).toList())
                    + "; a policy loads nothing from a network or from files outside the project: embed images with school.logo and"
                    + " write styles in the layout templates");
        }
        if (!warnings.isEmpty()) {
            laid.close();
            throw new RenderWarning(String.join("; ", warnings));
        }
        return laid;
    }

    /** What the renderer warned of, in words a business manager can act on where we know them. */
    private static String inPlainWords(com.openhtmltopdf.util.Diagnostic d) {
        if (d.getLogMessageId() == com.openhtmltopdf.util.LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY) {
            return "a style names only font families policygen does not ship, so its text would print as nothing; expected font-family: \""
                    + FAMILY + "\", \"" + FALLBACK + "\" in the print styles";
        }
        if (d.getLogMessageId() == com.openhtmltopdf.util.LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED) {
            return "the page has no subject (<meta name=\"subject\">), which an accessible (PDF/UA) PDF needs; expected the layout"
                    + " template to keep the model's <head>";
        }
        var id = d.getLogMessageId();
        if (id == com.openhtmltopdf.util.LogMessageId.LogMessageId1Param.LOAD_UNRECOGNIZED_IMAGE_FORMAT_FOR_URI
                || id == com.openhtmltopdf.util.LogMessageId.LogMessageId1Param.EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI) {
            return "a picture on the page cannot be read as an image; expected a PNG or JPEG file that opens in an image viewer"
                    + " (the only picture a school adds is its logo, school.logo)";
        }
        // A picture is written into the page whole: name it by its kind and size, never its bytes.
        return DATA_ADDRESS.matcher(d.getFormattedMessage()).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "a " + m.group(1) + " picture of " + (m.group(2).length() * 3 / 4) + " bytes"));
    }

    private static final java.util.regex.Pattern DATA_ADDRESS = java.util.regex.Pattern.compile("data:([\\w/+.-]+);base64,([A-Za-z0-9+/=]+)");

    private static void close(PdfBoxRenderer renderer, PDDocument target) {
        if (renderer != null) renderer.close();
        try {
            target.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String OPENERS = "(['‘\"“<";
    private static final String CLOSERS = ")]'’\"”>.,;:!?";

    /**
     * The renderer may break a line wherever one inline element meets another, even inside
     * {@code white-space: nowrap}: "DfE ‘⏎Keeping Children Safe…’" and "Service (⏎www…" were the
     * faults. So in the PDF only, an opening bracket or quote written against a link, and the closing
     * marks and punctuation after it, are moved inside the link's own text, where they stay with its
     * first and last words. The web page keeps them outside; a browser keeps them together.
     */
    static void punctuationIntoLinks(Document printed) {
        for (org.jsoup.nodes.Element a : printed.body().select("a")) {
            // Walked, not found by XPath: jsoup answers XPath by copying the element into a W3C DOM.
            List<org.jsoup.nodes.TextNode> texts = new ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
                if (node instanceof org.jsoup.nodes.TextNode t) texts.add(t);
            }, a);
            if (texts.isEmpty() || a.text().isEmpty()) continue;
            if (a.previousSibling() instanceof org.jsoup.nodes.TextNode before) {
                String b = before.getWholeText();
                int cut = b.length();
                while (cut > 0 && OPENERS.indexOf(b.charAt(cut - 1)) >= 0) cut--;
                if (cut < b.length() && (cut == 0 || Character.isWhitespace(b.charAt(cut - 1)))) {
                    org.jsoup.nodes.TextNode first = texts.get(0);
                    first.text(b.substring(cut) + first.getWholeText());
                    before.text(b.substring(0, cut));
                }
            }
            if (a.nextSibling() instanceof org.jsoup.nodes.TextNode after) {
                String f = after.getWholeText();
                int cut = 0;
                while (cut < f.length() && CLOSERS.indexOf(f.charAt(cut)) >= 0) cut++;
                if (cut > 0) {
                    org.jsoup.nodes.TextNode last = texts.get(texts.size() - 1);
                    last.text(last.getWholeText() + f.substring(0, cut));
                    after.text(f.substring(cut));
                }
            }
        }
    }

    /**
     * The PDFs an earlier build printed, for a batch to take again where a PDF's source is unchanged.
     * Printing is deterministic (the same page, styles, contents and date give the same bytes), so a
     * PDF printed from the same source by the same policygen is the PDF printing would give.
     */
    public interface Reprints {
        /** Nothing printed earlier: everything is printed. */
        Reprints NONE = new Reprints() {
            @Override
            public Optional<byte[]> earlier(String name, String source) {
                return Optional.empty();
            }

            @Override
            public void printed(String name, String source) {
            }
        };

        /** The PDF of this name printed earlier from this {@code source} (see {@link Batch}), if it is still as it was written. */
        Optional<byte[]> earlier(String name, String source);

        /** The PDF of this name, printed or taken again, is made from this {@code source}. */
        void printed(String name, String source);
    }

    /**
     * A school's PDFs, rendered while the school's next pages are written: each one added is
     * offered to a helper thread (one per further core), and {@link #write()} renders on the
     * calling thread whatever no helper has started, then waits for the rest. A build of one
     * school used one core for its documents, one after another, while the other only compiled.
     * The files come back in the order they were added, each the same bytes as when rendered alone;
     * the first document (in that order) that fails is reported, as when they were rendered in turn.
     *
     * <p>Each PDF's source is named by a hash of all it is printed from (the page's text, the print
     * styles, the contents, the date, and how it is printed), so that a later build can take the PDF
     * again when that is unchanged ({@link Reprints}).
     */
    public static final class Batch {
        private final List<Job> jobs = new ArrayList<>();
        private final Reprints reprints;

        public Batch() {
            this(Reprints.NONE);
        }

        public Batch(Reprints reprints) {
            this.reprints = reprints;
        }

        /** Queues one PDF; see {@link PdfWriter#write}. The page must not be changed afterwards. */
        public void add(String name, Document html, String pagedCss, List<PolicyBody.Heading> contents, java.time.LocalDate date) {
            queue(new Job(name, "document", html, pagedCss, contents, date, reprints,
                    hash -> PdfWriter.write(html, pagedCss, contents, date, hash)));
        }

        /** Queues one AUP form; see {@link PdfWriter#writeForm}. The page must not be changed afterwards. */
        public void addForm(String name, Document html, String pagedCss, java.time.LocalDate date) {
            queue(new Job(name, "form", html, pagedCss, List.of(), date, reprints,
                    hash -> PdfWriter.chosenForm(html, pagedCss, date, hash).pdf()));
        }

        private void queue(Job job) {
            jobs.add(job);
            if (HELPERS != null) {
                QUEUED.add(job);
                HELPERS.execute(job::runUnlessStarted);
            }
        }

        /** Drops every PDF of this batch not yet begun: the school will not be published. */
        public void abandon() {
            for (Job job : jobs) {
                if (job.started.compareAndSet(false, true)) {
                    QUEUED.remove(job);
                    job.done.cancel(false);
                }
            }
        }

        /** Every PDF added, by name, in the order added. */
        public java.util.Map<String, byte[]> write() throws RenderWarning {
            for (Job job : jobs) job.runUnlessStarted();
            // While a helper finishes this batch's last PDFs, this thread prints any queued since (the next
            // school's, begun meanwhile) rather than wait: it stood idle for up to a third of a second.
            for (Job job : jobs) {
                while (!job.done.isDone()) {
                    Job other = QUEUED.poll();
                    if (other == null) break;
                    other.runUnlessStarted();
                }
            }
            java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
            for (Job job : jobs) {
                out.put(job.name, job.get());
                reprints.printed(job.name, job.source);
            }
            return out;
        }
    }

    private interface Render {
        byte[] run(byte[] sourceHash) throws RenderWarning;
    }

    /** Version of what a source hash covers: changed whenever something new goes into the hash. */
    private static final String SOURCE_FORMAT = "policygen pdf source 1";

    private static final class Job {
        final String name;
        private final String kind;
        private final Document html;
        private final String pagedCss;
        private final List<PolicyBody.Heading> contents;
        private final java.time.LocalDate date;
        private final Reprints reprints;
        private final Render render;
        /** Set before {@link #done} completes. */
        private String source;
        private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        private final java.util.concurrent.CompletableFuture<byte[]> done = new java.util.concurrent.CompletableFuture<>();

        Job(String name, String kind, Document html, String pagedCss, List<PolicyBody.Heading> contents, java.time.LocalDate date,
            Reprints reprints, Render render) {
            this.name = name;
            this.kind = kind;
            this.html = html;
            this.pagedCss = pagedCss;
            this.contents = contents;
            this.date = date;
            this.reprints = reprints;
            this.render = render;
        }

        void runUnlessStarted() {
            if (!started.compareAndSet(false, true)) return;
            QUEUED.remove(this);
            try {
                byte[] page = sourceHash(html);
                source = source(page);
                Optional<byte[]> earlier = reprints.earlier(name, source);
                done.complete(earlier.isPresent() ? earlier.get() : render.run(page));
            } catch (RenderWarning | RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }

        /** The hash of all this PDF is printed from: the page (by {@code pageHash}), styles, contents, date, kind, and compression. */
        private String source(byte[] pageHash) {
            MessageDigest md = digest();
            StringBuilder sb = new StringBuilder(SOURCE_FORMAT).append('\0').append(kind).append('\0').append(date).append('\0')
                    .append(System.getProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL)).append('\0')
                    .append(java.util.HexFormat.of().formatHex(pageHash)).append('\0');
            for (PolicyBody.Heading h : contents) {
                sb.append(h.id()).append('\t').append(h.number()).append('\t').append(h.title()).append('\t').append(h.level()).append('\n');
            }
            sb.append('\0').append(pagedCss);
            return java.util.HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        }

        byte[] get() throws RenderWarning {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return done.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the helper is mid-document: let it finish, as a document in turn would
                    } catch (java.util.concurrent.ExecutionException e) {
                        // Named by its file: "the PDF cannot be printed" left a school with several to guess which.
                        if (e.getCause() instanceof RenderWarning w) throw new RenderWarning(name + ": " + w.getMessage());
                        if (e.getCause() instanceof RuntimeException r) throw r;
                        if (e.getCause() instanceof Error err) throw err;
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
        }
    }

    /** One helper per core beyond the first ({@code -Dpolicygen.pdf.helpers=N} overrides); none on one core. */
    private static final java.util.concurrent.ExecutorService HELPERS = helpers();
    /** The PDFs handed to the helpers and not yet begun, oldest first (see {@link Batch#write}). */
    private static final java.util.concurrent.ConcurrentLinkedQueue<Job> QUEUED = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** The faces nearly every document prints: Noto Sans regular, bold and italic, and DejaVu Sans's two upright faces. */
    private static final int[] COMMON_FACES = {0, 1, 2, 4, 5};
    private static final java.util.concurrent.atomic.AtomicBoolean PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Parses the common faces for each thread that will print (the build's and the helpers'), on a helper,
     * once per process. Called when a build is about to write its first page: the helper then has nothing to
     * print for a second or more, and would otherwise parse the same faces (140 ms, cold) when its first
     * document came, as the build's thread would when it printed its own first document.
     */
    public static void prepare() {
        if (HELPERS == null || !PREPARED.compareAndSet(false, true)) return;
        int sets = Integer.getInteger("policygen.pdf.helpers", Runtime.getRuntime().availableProcessors() - 1) + 1;
        HELPERS.execute(() -> {
            for (int n = 0; n < sets; n++) {
                Faces faces = new Faces();
                try {
                    for (int i : COMMON_FACES) faces.get(i);
                } catch (IOException | RuntimeException e) {
                    return; // the document that needs the face will say what is wrong with it
                }
                faces.giveBack();
            }
        });
    }

    private static java.util.concurrent.ExecutorService helpers() {
        int n = Integer.getInteger("policygen.pdf.helpers", Runtime.getRuntime().availableProcessors() - 1);
        if (n <= 0) return null;
        return java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "policygen-pdf");
            t.setDaemon(true); // never keeps the JVM alive
            return t;
        });
    }

    /**
     * The renderer may load nothing: no http(s), no file: anywhere on disk, no CSS @import. The
     * pages embed what they need (the logo as a data: address, styles inline, fonts registered
     * above), so every request is refused and reported rather than silently made.
     */
    private static void restrictResources(PdfRendererBuilder builder, List<String> refused) {
        java.util.function.BiPredicate<String, com.openhtmltopdf.outputdevice.helper.ExternalResourceType> onlyEmbedded = (uri, type) -> {
            boolean ok = uri != null && uri.regionMatches(true, 0, "data:", 0, 5) && !uri.regionMatches(true, 0, "data:image/svg", 0, 14);
            if (!ok) refused.add(String.valueOf(uri).length() > 80 ? String.valueOf(uri).substring(0, 80) + "…" : String.valueOf(uri));
            return ok;
        };
        builder.useExternalResourceAccessControl(onlyEmbedded, com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(onlyEmbedded, com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        com.openhtmltopdf.extend.FSStreamFactory none = uri -> {
            refused.add(uri);
            throw new IllegalStateException("policygen loads nothing from outside: " + uri);
        };
        builder.useHttpStreamImplementation(none);
        builder.useProtocolsStreamImplementation(none, "file", "jar", "ftp", "http", "https");
    }

    /**
     * Text the PDF cannot show is an error before rendering, never a "#" or a cut-off line: every
     * character must be in the fonts, an SVG image (which the renderer leaves out) is refused, and a
     * table too wide for an A4 page is refused.
     */
    private static void checkPrintable(Document printed) throws RenderWarning {
        List<String> problems = new ArrayList<>();
        for (org.jsoup.nodes.Element e : printed.body().getAllElements()) {
            for (org.jsoup.nodes.TextNode t : e.textNodes()) check(t, problems);
            if (problems.size() >= 3) break;
        }
        for (org.jsoup.nodes.Element img : printed.select("img[src]")) {
            if (img.attr("src").regionMatches(true, 0, "data:image/svg", 0, 14)) {
                problems.add("an SVG image (" + (img.hasAttr("alt") ? "\"" + img.attr("alt") + "\"" : "the logo") + ") cannot be printed in the PDF;"
                        + " expected the logo as a PNG or JPEG file");
            }
        }
        for (org.jsoup.nodes.Element row : printed.select("tr")) {
            int cells = 0;
            for (org.jsoup.nodes.Element c : row.children()) cells += Math.max(1, parseInt(c.attr("colspan")));
            if (cells > MAX_COLUMNS) {
                problems.add("a table has " + cells + " columns (row \"" + abbreviate(row.text()) + "\"); an A4 page fits at most "
                        + MAX_COLUMNS + " without losing text: split the table or make it a list");
                break;
            }
        }
        if (!problems.isEmpty()) throw new RenderWarning(String.join("; ", problems.stream().distinct().limit(5).toList()));
    }

    /** More columns than this cannot share an A4 page's width without words being cut off. */
    public static final int MAX_COLUMNS = 8;

    private static void check(org.jsoup.nodes.TextNode t, List<String> problems) {
        String text = t.getWholeText();
        Glyphs.firstUnprintable(text).ifPresent(what -> problems.add(what + " (in \"" + abbreviate(text) + "\")"));
    }

    private static int parseInt(String s) {
        try {
            return Math.min(100, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    /**
     * A font whose letters stay letters: no "fi" or "ff" ligature glyphs, which PDFBox would
     * otherwise substitute and which search, copy-and-paste and screen readers read badly.
     */
    private static TrueTypeFont letters(byte[] ttf) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        font.setEnableGsub(false);
        return font;
    }

    /** The document's dates set to {@code date} and its identifier made from {@code content}, so the same input gives the same bytes. */
    public static void fixDatesAndId(PDDocument pdf, java.time.LocalDate date, String content) {
        fixDatesAndId(pdf, date, sha256(content));
    }

    /** The SHA-256 of the page's text as written to its .html file: what a PDF's identifier is made from. */
    static byte[] sourceHash(Document page) {
        return sha256(page.outerHtml());
    }

    private static void fixDatesAndId(PDDocument pdf, java.time.LocalDate date, byte[] contentHash) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        byte[] first = java.util.Arrays.copyOf(contentHash, 16);
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
        return digest().digest(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
