package uk.policygen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The artifact marks the renderer writes around nothing are taken out, and nothing else. */
class EmptyArtifactsTest {
    private final Set<String> dropped = new HashSet<>();
    private final Set<String> kept = new HashSet<>();

    private String clean(String content) {
        return new String(PdfWriter.withoutEmptyArtifacts(content.getBytes(StandardCharsets.ISO_8859_1), dropped, kept), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aMarkAroundNothingGoesAndOneAroundAPaintedRuleStays() {
        String content = "/Artifact /Prop1 BDC\nEMC\n/Artifact /Prop2 BDC\n0 0 m\n10 0 l\nS\nEMC\n/Span <</MCID 0>> BDC\nBT\n(Text) Tj\nET\nEMC\n";
        assertThat(clean(content)).isEqualTo("/Artifact /Prop2 BDC\n0 0 m\n10 0 l\nS\nEMC\n/Span <</MCID 0>> BDC\nBT\n(Text) Tj\nET\nEMC\n");
        assertThat(dropped).containsExactly("Prop1");
        assertThat(kept).containsExactly("Prop2");
    }

    @Test
    void aMarkHoldingOnlyEmptyMarksIsEmptyToo() {
        assertThat(clean("q\n/Artifact /Prop1 BDC\n/Artifact /Prop2 BDC\nEMC\n/Artifact /Prop3 BDC\nEMC\nEMC\nQ\n")).isEqualTo("q\nQ\n");
        assertThat(dropped).containsExactlyInAnyOrder("Prop1", "Prop2", "Prop3");
    }

    @Test
    void otherMarksAroundNothingAreLeftAsTheyAre() {
        String content = "/Span <</MCID 3>> BDC\nEMC\n/Artifact BMC\nEMC\n/Artifact <</Type /Pagination>> BDC\nEMC\n";
        assertThat(clean(content)).isEqualTo(content);
        assertThat(dropped).isEmpty();
    }

    @Test
    void aStringHoldingNewlinesAndOperatorsIsReadAsText() {
        // A font's glyph codes are bytes of any value: a string may hold a newline, "EMC" or a bracket.
        String content = "/Artifact /Prop1 BDC\nBT\n(a\nEMC\n\\) b) Tj\nET\nEMC\n/Artifact /Prop2 BDC\nEMC\n";
        assertThat(clean(content)).isEqualTo("/Artifact /Prop1 BDC\nBT\n(a\nEMC\n\\) b) Tj\nET\nEMC\n");
        assertThat(dropped).containsExactly("Prop2");
        assertThat(kept).containsExactly("Prop1");
    }

    @Test
    void contentWithNothingToTakeOutIsTheSameArray() {
        byte[] content = "q\n0 0 m\nQ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PdfWriter.withoutEmptyArtifacts(content, dropped, kept)).isSameAs(content);
    }
}
