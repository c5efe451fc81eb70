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

    @Test
    void aQuotedFieldWithALineBreakIsOneLearner() throws IOException {
        Path csv = temp.resolve("breaks.csv");
        Files.writeString(csv, "name,class\n\"Amy\nSmith\",Year 5 Oak\n\nBen Jones,Year 5 Oak\n");
        ClassList.Read r = ClassList.read(csv);
        assertThat(r.problems()).isEmpty();
        assertThat(r.learners()).extracting(ClassList.Learner::line, ClassList.Learner::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Amy Smith"), org.assertj.core.groups.Tuple.tuple(5, "Ben Jones"));
    }

    @Test
    void controlCharactersAndUnprintableLettersInANameAreLocated() throws IOException {
        Path csv = temp.resolve("odd.csv");
        Files.writeString(csv, "name,class\nAmy\u202ESmith,Year 5\n王芳,Year 5\n");
        assertThat(ClassList.read(csv).problems()).extracting(Object::toString).containsExactly(
                csv + ":2:1: the name holds a character it cannot have: a bidi control character (U+202E), which reverses or hides the text after it (character 4); remove it",
                csv + ":3:1: the name holds a character it cannot have: 王 (U+738B, Han script) is not in the PDF's fonts (Noto Sans, DejaVu Sans) and would print as #; expected text in"
                        + " Latin, Greek or Cyrillic letters, which the PDF can print (write the name as the person writes it in English) (character 1); remove it");
    }

    @Test
    void classPacksAreReadableByTheirOwnerOnlyAndNeverInsideTheOutputFolder() throws IOException {
        Path csv = temp.resolve("oak.csv");
        Files.writeString(csv, "name,class\nAmy Smith,Year 5 Oak\n");
        Path out = temp.resolve("out");
        ClassPackPrinter b = builder(out);
        PackBuilder.Outcome o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        Path dir = temp.resolve("private/hildenborough");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("private")))).isEqualTo("rwx------");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(f ->
                    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
        }
        assertThat(out).doesNotExist();

        ClassPackPrinter inside = new ClassPackPrinter(Fixture.PROJECT.resolve("schools"), Fixture.PROJECT.resolve("templates"), out,
                out.resolve("private"), Fixture.TODAY);
        o = inside.print(inside.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).isFalse();
        assertThat(o.problems().toString()).contains("cannot go inside the output folder");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLongListIsPrintedInSeveralFilesAndLosesNoLearner() throws IOException {
        StringBuilder rows = new StringBuilder("name,class\n");
        int n = ClassPackPrinter.LEARNERS_PER_PART + 3;
        for (int i = 1; i <= n; i++) rows.append("Learner").append(i).append(" Smith,Year 5 Oak\n");
        Path csv = temp.resolve("long.csv");
        Files.writeString(csv, rows);
        ClassPackPrinter b = builder(temp.resolve("out"));
        PackBuilder.Outcome o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        Path pdf = temp.resolve("private/hildenborough/class-pack-long-learners-ks2-part-01-of-02.pdf");
        byte[] first = Files.readAllBytes(pdf);
        StringBuilder all = new StringBuilder();
        for (String part : java.util.List.of("01", "02")) {
            try (PDDocument doc = Loader.loadPDF(temp.resolve("private/hildenborough/class-pack-long-learners-ks2-part-" + part + "-of-02.pdf").toFile())) {
                all.append(new PDFTextStripper().getText(doc));
            }
        }
        for (int i = 1; i <= n; i++) assertThat(all).contains("Learner" + i + " Smith\n");
        try (var left = Files.list(temp.resolve("private/hildenborough"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("class-pack-long-learners-ks2-part-01-of-02.pdf",
                    "class-pack-long-learners-ks2-part-02-of-02.pdf", "DO-NOT-PUBLISH.txt");
        }
        o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(Files.readAllBytes(pdf)).as("the same list gives the same bytes").isEqualTo(first);
    }
}
