package uk.policygen.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters a printed document can show. The PDF renderer prints a character its fonts lack
 * as "#" without a word, and right-to-left text reversed and unjoined; so every character is
 * checked before rendering, and a profile value, a Markdown section or a learner's name that
 * holds one is an error naming the character, instead of silently wrong text.
 */
public final class Glyphs {
    /** The faces {@link PdfWriter} embeds; a character must be in all of them (a heading is bold, a note italic). */
    private static final String[] FACES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"};
    /**
     * The code points all four faces have, as ranges, one per line ("0020-007E"), computed from the
     * fonts by {@link #fromFonts()}: parsing the four faces to find them took 0.2-0.4 s of every
     * build's start. GlyphsTest fails when the fonts and this file disagree, and rewrites it with
     * {@code -Dglyphs.update=true}.
     */
    static final String COVERAGE = "/fonts/printable-code-points.txt";

    /** Read on first need: most text is plain ASCII, which every face has. */
    private static final class Coverage {
        static final BitSet COVERED = covered();
    }

    private Glyphs() {
    }

    /** Whether the embedded fonts print this code point (spacing and line breaks always do). */
    public static boolean printable(int cp) {
        if (cp >= 0x20 && cp < 0x7F) return true;
        if (cp == '\n' || cp == '\r' || cp == '\t' || Character.isWhitespace(cp) || cp == 0xA0 || cp == 0x200B || cp == 0xAD) return true;
        byte dir = Character.getDirectionality(cp);
        if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return false;
        return Coverage.COVERED.get(cp);
    }

    /** The first character of {@code text} the PDF cannot print, described for a message; empty when all print. */
    public static Optional<String> firstUnprintable(String text) {
        // Every text node of every page is checked before it is printed: the common case, all printable, costs no allocation.
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!printable(cp)) break;
            i += Character.charCount(cp);
        }
        if (i == text.length()) return Optional.empty();
        Set<String> seen = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !printable(cp)).limit(3).forEach(cp -> seen.add(describe(cp)));
        if (seen.isEmpty()) return Optional.empty();
        return Optional.of(String.join(", ", seen));
    }

    /** Why a character cannot be printed, e.g. "王 (U+738B, Han script): the PDF font has no Han letters …". */
    public static String describe(int cp) {
        String script = Character.UnicodeScript.of(cp).name().toLowerCase(Locale.ROOT).replace('_', ' ');
        script = Character.toUpperCase(script.charAt(0)) + script.substring(1);
        String ch = Character.isISOControl(cp) ? "" : new String(Character.toChars(cp)) + " ";
        byte dir = Character.getDirectionality(cp);
        boolean rtl = dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        return ch + String.format(Locale.ROOT, "(U+%04X, %s script)", cp, script)
                + (rtl ? " is right-to-left, which the PDF would print reversed and unjoined" : " is not in the PDF's fonts (" + PdfWriter.FAMILY + ", " + PdfWriter.FALLBACK + ") and would print as #");
    }

    private static BitSet covered() {
        try (InputStream in = Glyphs.class.getResourceAsStream(COVERAGE)) {
            if (in == null) return fromFonts();
            BitSet bits = new BitSet(0x110000);
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank()) continue;
                String[] range = line.strip().split("-");
                bits.set(Integer.parseInt(range[0], 16), Integer.parseInt(range[range.length - 1], 16) + 1);
            }
            return bits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code bits} as {@link #COVERAGE} writes them. */
    static String ranges(BitSet bits) {
        StringBuilder sb = new StringBuilder();
        for (int from = bits.nextSetBit(0); from >= 0; from = bits.nextSetBit(from)) {
            int to = bits.nextClearBit(from) - 1;
            sb.append(String.format(Locale.ROOT, from == to ? "%04X\n" : "%04X-%04X\n", from, to));
            from = to + 1;
        }
        return sb.toString();
    }

    /** The code points every face's character map has (from 0x20), read from the font files. */
    static BitSet fromFonts() {
        BitSet all = null;
        for (String face : FACES) {
            try (InputStream in = Glyphs.class.getResourceAsStream("/fonts/" + face)) {
                if (in == null) throw new IllegalStateException("font missing from the jar: " + face);
                BitSet bits = new BitSet(0x110000);
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
                    CmapLookup cmap = font.getUnicodeCmapLookup();
                    for (int cp = 0x20; cp < 0x30000; cp++) {
                        if (cmap.getGlyphId(cp) != 0) bits.set(cp);
                    }
                }
                if (all == null) all = bits;
                else all.and(bits);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
