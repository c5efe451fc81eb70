package uk.policygen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

import org.junit.jupiter.api.Test;

/** The list of printable characters a build reads instead of parsing the fonts says what the fonts say. */
class GlyphsTest {
    private static final Path SOURCE = Path.of("src/main/resources" + Glyphs.COVERAGE);

    @Test
    void theShippedCoverageIsTheFontsOwn() throws IOException {
        String fromFonts = Glyphs.ranges(Glyphs.fromFonts());
        if (Boolean.getBoolean("glyphs.update")) Files.writeString(SOURCE, fromFonts, StandardCharsets.US_ASCII);
        assertThat(Files.readString(SOURCE, StandardCharsets.US_ASCII))
                .as("%s no longer matches the fonts: run mvn test -Dtest=GlyphsTest -Dglyphs.update=true", SOURCE)
                .isEqualTo(fromFonts);
    }

    @Test
    void rangesAreReadBackAsWritten() {
        BitSet bits = new BitSet();
        bits.set(0x20, 0x7F);
        bits.set(0xE9);
        assertThat(Glyphs.ranges(bits)).isEqualTo("0020-007E\n00E9\n");
    }

    @Test
    void whatTheFontsLackIsNotPrintable() {
        assertThat(Glyphs.printable('é')).isTrue();
        assertThat(Glyphs.printable('’')).isTrue();
        assertThat(Glyphs.printable(0x738B)).as("a Han letter").isFalse();
        assertThat(Glyphs.printable(0x05D0)).as("Hebrew, right to left").isFalse();
    }
}
