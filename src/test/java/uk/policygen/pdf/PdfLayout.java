package uk.policygen.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Layout faults a reader sees, found from PDFBox's glyph positions: text printed over other text
 * (glyphs of different lines, or a clause number and its words), an empty page, text outside the
 * page or across the top of the footer, a running header of more than one line.
 *
 * <p>A glyph's box runs from its font's ascent to its descent (as poppler's word boxes do, which
 * the project's {@code pdf-layout} tool reads), so lines set tighter than the face are found too.
 */
final class PdfLayout {
    /** The page margins of {@code _layout/pdf.css}: the header sits above the top, the footer below the bottom. */
    static final float TOP_MARGIN = mm(20);
    static final float BOTTOM_MARGIN = mm(22);
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)+");

    private PdfLayout() {
    }

    static float mm(double v) {
        return (float) (v / 25.4 * 72);
    }

    /** One glyph: its box in points, from the page's top left, and the baseline it sits on. */
    record Glyph(String text, float x0, float x1, float top, float bottom, float baseline, float size, boolean bold) {
        boolean overlaps(Glyph o, float dx, float dy) {
            return Math.min(x1, o.x1) - Math.max(x0, o.x0) > dx && Math.min(bottom, o.bottom) - Math.max(top, o.top) > dy;
        }
    }

    /** A run of glyphs on one baseline without a gap: what a reader sees as a word. */
    record Word(String text, float x0, float x1, float top, float bottom, float baseline) {
        boolean overlaps(Word o) {
            return Math.min(x1, o.x1) - Math.max(x0, o.x0) > 1.0f && Math.min(bottom, o.bottom) - Math.max(top, o.top) > 2.0f;
        }
    }

    /** Every fault in one PDF, as "file p3: what"; empty when the layout is sound. */
    /** The smallest type, in points, of the lines that begin with {@code prefix} but not with {@code except}; how many such lines there are. */
    record Type(float smallest, int lines) {
    }

    static Type typeOfLinesBeginning(byte[] pdf, String prefix, String except) throws IOException {
        float[] smallest = {Float.MAX_VALUE};
        int[] lines = {0};
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (text.startsWith(prefix) && !text.startsWith(except)) {
                        lines[0]++;
                        for (TextPosition t : positions) {
                            if (!t.getUnicode().isBlank()) smallest[0] = Math.min(smallest[0], t.getFontSizeInPt());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
        }
        return new Type(smallest[0], lines[0]);
    }

    /**
     * Artifact marks that enclose nothing, page by page ("p3: 2 empty artifact marks"), and property
     * lists the page's resources hold that no mark names. The renderer writes such a mark around every
     * box; {@link PdfWriter#dropEmptyArtifacts} takes them out.
     */
    static List<String> emptyArtifacts(Path pdf) throws IOException {
        List<String> faults = new ArrayList<>();
        Pattern empty = Pattern.compile("/Artifact /\\w+ BDC\\s+EMC");
        Pattern named = Pattern.compile("/(\\w+) BDC");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                PDPage page = doc.getPage(n - 1);
                String content;
                try (var in = page.getContents()) {
                    content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                long marks = empty.matcher(content).results().count();
                if (marks > 0) faults.add("p" + n + ": " + marks + " empty artifact marks");
                java.util.Set<String> used = new java.util.HashSet<>();
                named.matcher(content).results().forEach(r -> used.add(r.group(1)));
                long unused = 0;
                for (var name : page.getResources().getPropertiesNames()) {
                    if (!used.contains(name.getName())) unused++;
                }
                if (unused > 0) faults.add("p" + n + ": " + unused + " property lists no mark names");
            }
        }
        return faults;
    }

    static List<String> faults(Path pdf) throws IOException {
        List<String> faults = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                PDPage page = doc.getPage(n - 1);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                List<Glyph> glyphs = glyphs(doc, n);
                String at = pdf.getFileName() + " p" + n + ": ";
                faults.addAll(pageFaults(glyphs, width, height).stream().map(f -> at + f).toList());
                if (n < doc.getNumberOfPages()) headingAtFoot(glyphs, height).ifPresent(h -> faults.add(at + "heading '" + h + "' alone at the page's foot"));
            }
        }
        return faults;
    }

    static List<String> pageFaults(List<Glyph> glyphs, float width, float height) {
        List<String> faults = new ArrayList<>();
        float footerTop = height - BOTTOM_MARGIN;
        List<Glyph> body = glyphs.stream().filter(g -> g.baseline() > TOP_MARGIN && g.baseline() < footerTop && !g.text().isBlank()).toList();
        if (body.isEmpty()) faults.add("empty page (nothing between the running header and footer)");
        for (Glyph g : glyphs) {
            if (g.x0() < 0 || g.x1() > width || g.top() < 0 || g.bottom() > height) {
                faults.add("'" + g.text() + "' is outside the page");
                break;
            }
        }
        for (Glyph g : body) {
            // A body line whose letters reach below the top of the footer area runs into the footer.
            if (g.bottom() > footerTop + 1.0f) {
                faults.add("'" + g.text() + "' runs into the footer");
                break;
            }
        }
        long headerLines = glyphs.stream().filter(g -> g.baseline() < TOP_MARGIN).map(g -> Math.round(g.baseline())).distinct().count();
        if (headerLines > 1) faults.add("the running header takes " + headerLines + " lines");
        List<List<Glyph>> lines = lines(glyphs);
        // Glyphs of one line must not print over each other: "6.12.10" over "The".
        for (List<Glyph> line : lines) {
            for (int i = 1; i < line.size(); i++) {
                Glyph a = line.get(i - 1), b = line.get(i);
                if (a.x1() - b.x0() > 0.2f * Math.min(a.size(), b.size()) && !a.text().isBlank() && !b.text().isBlank()) {
                    faults.add("'" + a.text() + "' and '" + b.text() + "' print over each other on one line");
                    break;
                }
            }
        }
        // Words of different lines must not intersect.
        List<Word> words = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            for (Word w : words(lines.get(l))) {
                words.add(w);
                lineOf.add(l);
            }
        }
        outer:
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                if (!lineOf.get(i).equals(lineOf.get(j)) && words.get(i).overlaps(words.get(j))) {
                    faults.add("'" + words.get(i).text() + "' overlaps '" + words.get(j).text() + "'");
                    break outer;
                }
            }
        }
        // A clause number needs a clear gap before its text ("6.12.1Electronic" is a fault).
        for (List<Word> line : lines.stream().map(PdfLayout::words).toList()) {
            // ... and its text beside it: a number placed from the top of its clause was left alone at a page's foot
            // when the clause's first lines moved to the next page.
            if (line.size() == 1 && NUMBER.matcher(line.get(0).text()).matches()) {
                faults.add("clause number '" + line.get(0).text() + "' alone on its line, parted from its text");
            }
            for (int i = 0; i + 1 < line.size(); i++) {
                Word w = line.get(i), next = line.get(i + 1);
                if (NUMBER.matcher(w.text()).matches() && next.x0() - w.x1() < 2.0f) {
                    faults.add("clause number '" + w.text() + "' touches '" + next.text() + "'");
                }
            }
            for (Word w : line) {
                // A time of day ("8.30pm", as a boarding school writes it) is not a clause number.
                if (w.text().matches("\\d+(\\.\\d+)+[A-Za-z].*") && !w.text().matches("\\d{1,2}\\.\\d{2}[ap]m\\W*")) {
                    faults.add("clause number glued to its text: '" + w.text() + "'");
                }
            }
        }
        return faults;
    }

    /**
     * Where a form's return slips fell, as "file p3: what": each slip whole on one page; the cut
     * line directly above its slip, never at the top of a page (a slip with a page to itself is
     * returned whole, and the page says so instead). A slip is found by its heading ("Return slip:")
     * and ends at its last "Date" row; the layout's own words, from {@code _layout/form.ftlh}.
     */
    static List<String> slipFaults(Path pdf) throws IOException {
        record Line(int page, boolean firstOnPage, String text) {
        }
        List<Line> body = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                float footerTop = doc.getPage(n - 1).getMediaBox().getHeight() - BOTTOM_MARGIN;
                boolean first = true;
                for (List<Glyph> line : lines(glyphs(doc, n))) {
                    float base = line.get(0).baseline();
                    if (base <= TOP_MARGIN || base >= footerTop) continue;
                    StringBuilder text = new StringBuilder();
                    for (Word w : words(line)) text.append(text.length() == 0 ? "" : " ").append(w.text());
                    if (text.length() == 0) continue;
                    body.add(new Line(n, first, text.toString()));
                    first = false;
                }
            }
        }
        List<String> faults = new ArrayList<>();
        String file = pdf.getFileName().toString();
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).text().startsWith("Return slip")) continue;
            Line heading = body.get(i);
            int end = i;
            for (int j = i + 1; j < body.size() && !body.get(j).text().startsWith("Return slip"); j++) {
                if (body.get(j).text().equals("Date")) end = j;
            }
            if (end == i) faults.add(file + " p" + heading.page() + ": a slip without its Date row");
            else if (body.get(end).page() != heading.page()) faults.add(file + " p" + heading.page() + ": the slip is split across pages " + heading.page() + " and " + body.get(end).page());
            Line before = i > 0 ? body.get(i - 1) : null;
            if (before != null && before.text().startsWith("Please return this page")) {
                if (!before.firstOnPage()) faults.add(file + " p" + before.page() + ": 'return this page' on a page the slip shares with the form");
            } else if (before == null || !before.text().contains("\u2702")) {
                faults.add(file + " p" + heading.page() + ": no cut line directly above the slip");
            } else if (before.page() != heading.page()) {
                faults.add(file + " p" + before.page() + ": the cut line is on the page before its slip");
            } else if (before.firstOnPage()) {
                faults.add(file + " p" + before.page() + ": the cut line is at the top of the page: the slip has the page to itself, with nothing to cut from");
            }
        }
        return faults;
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile(".*(https?://|www\\.)\\S*");

    /**
     * Bad line breaks, as "file p3: what": a web address broken anywhere but after a slash (at a
     * hyphen or a dot), an opening bracket or curly quote left at a line's end, a line that starts
     * with a closing bracket, curly quote or punctuation. (Straight quotes are left alone: a line may
     * rightly open with one.)
     */
    static List<String> breakFaults(Path pdf) throws IOException {
        List<String> faults = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                for (List<Glyph> line : lines(glyphs(doc, n))) {
                    List<Word> words = words(line);
                    if (words.isEmpty()) continue;
                    String first = words.get(0).text(), last = words.get(words.size() - 1).text();
                    String at = pdf.getFileName() + " p" + n + ": ";
                    if (WEB_ADDRESS.matcher(last).matches() && (last.endsWith("-") || last.endsWith(".")) && !last.endsWith("..."))
                        faults.add(at + "web address broken at '" + last.charAt(last.length() - 1) + "': " + last);
                    if (last.length() == 1 && "(['‘“".contains(last)) faults.add(at + "'" + last + "' left at the end of a line");
                    else if (!last.isEmpty() && "(‘“".indexOf(last.charAt(last.length() - 1)) >= 0) faults.add(at + "'" + last + "' ends a line with an opening mark");
                    if (!first.isEmpty() && ")]’”,;:".indexOf(first.charAt(0)) >= 0) faults.add(at + "a line starts with '" + first + "'");
                }
            }
        }
        return faults;
    }

    /**
     * A policy's last page holding the acknowledgement alone: a hospital school's policy ended so (and a middle school's
     * with the last two lines of the † note before it, which the styles now keep whole).
     */
    static java.util.Optional<String> acknowledgementAlone(Path pdf) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            int last = doc.getNumberOfPages();
            if (last < 2) return java.util.Optional.empty();
            List<Glyph> glyphs = glyphs(doc, last);
            float footerTop = doc.getPage(last - 1).getMediaBox().getHeight() - BOTTOM_MARGIN;
            List<String> body = lines(glyphs.stream().filter(g -> g.baseline() > TOP_MARGIN && g.baseline() < footerTop && !g.text().isBlank()).toList())
                    .stream().map(l -> words(l).stream().map(Word::text).reduce((a, b) -> a + " " + b).orElse("")).toList();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i).startsWith("This policy builds on The Education People")) {
                    // A clause's last lines before it are a page's ordinary end (two at least, as the styles allow).
                    return i == 0 ? java.util.Optional.of("p" + last + ": the acknowledgement is alone on the last page") : java.util.Optional.empty();
                }
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * A heading as the last line of a page's text, parted from what it heads: a line all in bold,
     * larger than the page's commonest size. (A contents entry ends with its page number, and is not one.)
     */
    static java.util.Optional<String> headingAtFoot(List<Glyph> glyphs, float height) {
        float footerTop = height - BOTTOM_MARGIN;
        List<Glyph> body = glyphs.stream().filter(g -> g.baseline() > TOP_MARGIN && g.baseline() < footerTop && !g.text().isBlank()).toList();
        if (body.isEmpty()) return java.util.Optional.empty();
        float common = body.stream().collect(java.util.stream.Collectors.groupingBy(g -> Math.round(g.size() * 2), java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey() / 2f;
        List<List<Glyph>> lines = lines(body);
        List<Glyph> last = lines.get(lines.size() - 1);
        String text = words(last).stream().map(Word::text).reduce((a, b) -> a + " " + b).orElse("");
        boolean heading = last.stream().allMatch(g -> g.bold() && g.size() > common * 1.05f) && !text.matches(".*\\d$");
        return heading ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    /** Glyphs grouped by baseline (within a point), each line sorted left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float base = Float.NaN;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.baseline() - base) > 1.0f) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) base = g.baseline();
            current.add(g);
        }
        if (!current.isEmpty()) lines.add(current);
        for (List<Glyph> l : lines) l.sort(Comparator.comparingDouble(Glyph::x0));
        return lines;
    }

    static List<Word> words(List<Glyph> line) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0, x1 = 0, top = 0, bottom = 0, base = 0;
        for (Glyph g : line) {
            boolean space = g.text().isBlank();
            boolean gap = text.length() > 0 && g.x0() - x1 > 0.15f * g.size();
            if ((space || gap) && text.length() > 0) {
                words.add(new Word(text.toString(), x0, x1, top, bottom, base));
                text.setLength(0);
            }
            if (space) continue;
            if (text.length() == 0) {
                x0 = g.x0();
                top = g.top();
                bottom = g.bottom();
                base = g.baseline();
            }
            text.append(g.text());
            x1 = g.x1();
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
        }
        if (text.length() > 0) words.add(new Word(text.toString(), x0, x1, top, bottom, base));
        return words;
    }

    static List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                float size = t.getFontSizeInPt();
                float ascent = 0.9f, descent = -0.25f;
                PDFont font = t.getFont();
                PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
                if (d != null && d.getAscent() != 0) {
                    ascent = d.getAscent() / 1000f;
                    descent = d.getDescent() / 1000f;
                }
                float base = t.getYDirAdj();
                boolean bold = font != null && font.getName() != null && font.getName().contains("Bold");
                out.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                        base - ascent * size, base - descent * size, base, size, bold));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return out;
    }
}
