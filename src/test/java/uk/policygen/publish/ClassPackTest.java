package uk.policygen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.cli.Main;
import uk.policygen.profile.Fixture;
import uk.policygen.profile.ProfileLoader;

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

    /**
     * The schools and templates folders are committed to git with the profiles: class packs, which hold children's
     * names, never go there, whether by --private or by the default beside an --out given there.
     */
    @Test
    void aPrivateFolderInsideTheSchoolsOrTemplatesFolderIsRefused() throws IOException {
        // Copies: should the refusal ever fail, nothing is written into the project's own folders.
        Path schools = RatificationTest.cloneOf(Fixture.PROJECT.resolve("schools"), temp.resolve("project/schools"));
        Path templates = RatificationTest.cloneOf(Fixture.PROJECT.resolve("templates"), temp.resolve("project/templates"));
        Path csv = temp.resolve("oak.csv");
        Files.writeString(csv, "name,class\nAmy Smith,Year 5 Oak\n");
        for (Path inside : List.of(schools, schools.resolve("hildenborough"), templates)) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = Main.run(new String[] {"aup", "hildenborough", "--schools", schools.toString(), "--templates",
                    templates.toString(), "--class-list", csv.toString(), "--private", inside.toString()},
                    new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            assertThat(code).as(inside + ": " + out + err).isEqualTo(Main.USAGE);
            assertThat(err.toString()).contains("class packs hold children's names and cannot go in").contains("committed to git")
                    .doesNotContain("\tat ");
        }
        try (Stream<Path> all = Files.walk(schools)) {
            assertThat(all.map(Path::toString)).noneMatch(f -> f.contains("class-pack") || f.contains("DO-NOT-PUBLISH"));
        }
        assertThat(templates.resolve("hildenborough")).doesNotExist();

        ClassPackPrinter printer = new ClassPackPrinter(schools, templates, temp.resolve("out"), schools, Fixture.TODAY);
        PackBuilder.Outcome o = printer.print(printer.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).isFalse();
        assertThat(o.problems().toString()).contains("cannot go in").contains("committed to git");
        assertThat(schools.resolve("hildenborough/DO-NOT-PUBLISH.txt")).doesNotExist();
    }

    /** policygen replaces in the private folder only what it wrote there: the user's own file of a pack's name is named and kept. */
    @Test
    void aFileOfTheUsersInThePrivateFolderIsNeverReplaced() throws IOException {
        Path csv = temp.resolve("bad2.csv");
        Files.writeString(csv, "name,class\nAmy Smith,Year 5 Oak\n");
        ClassPackPrinter b = builder(temp.resolve("out"));
        Path dir = temp.resolve("private/hildenborough");
        Files.createDirectories(dir);
        Path theirs = dir.resolve("class-pack-bad2-learners-ks2.pdf");
        Files.writeString(theirs, "the office's own scan of last year's signed forms");
        Files.writeString(dir.resolve("DO-NOT-PUBLISH.txt"), "Our own note: ask Mrs Khan before printing.\n");

        PackBuilder.Outcome o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).isFalse();
        assertThat(o.problems()).extracting(Object::toString).containsExactly(ProfileLoader.display(theirs) + ":1:1: policygen did not write"
                + " this file, and this class pack would replace it; nothing was written (policygen never replaces a file it did not write):"
                + " expected it moved or renamed, or the class list saved under another name");
        assertThat(Files.readString(theirs)).isEqualTo("the office's own scan of last year's signed forms");

        // Moved away, the pack is printed; the user's note stays as it is, in place of policygen's.
        Files.move(theirs, temp.resolve("scan.pdf"));
        o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        assertThat(o.written()).containsExactly("class-pack-bad2-learners-ks2.pdf");
        assertThat(Files.readString(dir.resolve("DO-NOT-PUBLISH.txt"))).isEqualTo("Our own note: ask Mrs Khan before printing.\n");
        byte[] pack = Files.readAllBytes(theirs);
        assertThat(new String(pack, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // Its own pack it replaces; once changed by hand, it keeps that too.
        assertThat(b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty()).ok()).isTrue();
        Files.writeString(theirs, "annotated by hand");
        o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(o.ok()).isFalse();
        assertThat(o.problems().toString()).contains("this file was changed since policygen wrote it");
        assertThat(Files.readString(theirs)).isEqualTo("annotated by hand");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no work folder is left").noneMatch(n -> n.startsWith(".class-pack-"));
        }
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
                    "class-pack-long-learners-ks2-part-02-of-02.pdf", "DO-NOT-PUBLISH.txt", PrivateFolder.LIST);
        }
        o = b.print(b.loader().profileOf("hildenborough"), csv, Optional.empty());
        assertThat(Files.readAllBytes(pdf)).as("the same list gives the same bytes").isEqualTo(first);
    }
}
