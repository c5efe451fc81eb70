package uk.policygen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;

/** Class packs: one form per learner with their name and class, kept out of the published folder. */
class ClassPackTest {
    @TempDir
    Path temp;

    ClassPackPrinter builder(Path out) {
        return new ClassPackPrinter(Fixture.PROJECT.resolve("schools"), Fixture.PROJECT.resolve("templates"), out, Fixture.TODAY);
    }

    @Test
    void eachLearnerGetsTheirOwnFormInThePrivateFolder() throws IOException {
        Path csv = temp.resolve("oak.csv");
        Files.writeString(csv, "name,class\n\"Smith, Amy\",Year 5 Oak\nCara O'Neil & <Sons>,Year 5 Oak\n");
        Path out = temp.resolve("out");
        ClassPackPrinter b = builder(out);
        PackBuilder.Outcome o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        Path pdf = temp.resolve("private/hildenborough/class-pack-oak-learners-ks2.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true);
            String all = text.getText(doc);
            assertThat(all).contains("Smith, Amy").contains("Cara O'Neil & <Sons>").contains("Year 5 Oak");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(out.resolve("hildenborough/index.html")).doesNotExist();
    }

    @Test
    void aMalformedClassListIsReportedLineByLineAndNothingIsWritten() throws IOException {
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "name,class\n,Year 5\nBob,Blue group\n\"open,Year 4\n");
        Path out = temp.resolve("out");
        ClassPackPrinter b = builder(out);
        PackBuilder.Outcome o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).isFalse();
        assertThat(o.problems().stream().filter(p -> p.isError()).map(Object::toString)).containsExactly(
                csv + ":2:1: the name is empty; expected the learner's name",
                csv + ":3:1: cannot tell which form \"Blue group\" takes; expected a class that starts with a year group this school has"
                        + " (e.g. \"Year 5 Oak\"), or choose one with --form",
                csv + ":4:1: a quoted field is not closed; expected \"...\" around a value that holds a comma");
        assertThat(temp.resolve("private/hildenborough")).doesNotExist();
    }

    @Test
    void aClassListNeedsAHeaderRow() throws IOException {
        Path csv = temp.resolve("nohead.csv");
        Files.writeString(csv, "Amy Smith,Year 5\n");
        assertThat(ClassList.read(csv).problems()).singleElement().asString()
                .isEqualTo(csv + ":1:1: the first row must name the columns; expected a header row such as \"name,class\"");
    }

    @Test
    void classNamesGiveYearGroups() {
        assertThat(ClassPackPrinter.yearGroupOf("Year 5 Oak")).map(Object::toString).contains("Year 5");
        assertThat(ClassPackPrinter.yearGroupOf("5O")).map(Object::toString).contains("Year 5");
        assertThat(ClassPackPrinter.yearGroupOf("Reception Robins")).map(Object::toString).contains("Reception");
        assertThat(ClassPackPrinter.yearGroupOf("Y10 Maths")).map(Object::toString).contains("Year 10");
        assertThat(ClassPackPrinter.yearGroupOf("Blue group")).isEmpty();
    }
}
