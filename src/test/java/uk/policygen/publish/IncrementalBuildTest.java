package uk.policygen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;

/**
 * A school whose inputs are as the last build left them is not rendered or rewritten; any change
 * to what its files are made from (profile, own folder, templates) or to the files themselves
 * builds it again, and a skipped build repeats the warnings the first one gave.
 */
class IncrementalBuildTest {
    @TempDir
    Path temp;
    Fixture fx;
    Path out;
    Path templates;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\n");
        out = temp.resolve("out");
        templates = temp.resolve("templates");
        try (Stream<Path> walk = Files.walk(Fixture.PROJECT.resolve("templates"))) {
            for (Path f : walk.toList()) {
                Path to = templates.resolve(Fixture.PROJECT.resolve("templates").relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
    }

    PackBuilder.Outcome build() {
        PackBuilder.Outcome o = attempt();
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        return o;
    }

    PackBuilder.Outcome attempt() {
        PackBuilder b = new PackBuilder(fx.schools(), templates, out, Fixture.TODAY);
        return b.build(b.loader().profileOf("t"));
    }

    Map<String, FileTime> times() throws IOException {
        Map<String, FileTime> m = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(out.resolve("t"))) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) m.put(out.relativize(f).toString(), Files.getLastModifiedTime(f));
        }
        return m;
    }

    @Test
    void anUnchangedSchoolIsNotRebuiltAndSaysWhatTheFirstBuildSaid() throws IOException {
        PackBuilder.Outcome first = build();
        assertThat(first.unchanged()).isFalse();
        Map<String, FileTime> before = times();
        PackBuilder.Outcome second = build();
        assertThat(second.unchanged()).isTrue();
        assertThat(second.written()).containsExactlyElementsOf(first.written());
        assertThat(second.problems()).containsExactlyElementsOf(first.problems());
        assertThat(first.problems()).anyMatch(p -> p.message().contains("no changes report"));
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void aChangedProfileOwnFileOrTemplateBuildsAgain() throws IOException {
        build();
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\n# a comment changes the file\n");
        assertThat(build().unchanged()).as("profile").isFalse();
        assertThat(build().unchanged()).isTrue();
        Files.createDirectories(fx.schools().resolve("t"));
        Files.writeString(fx.schools().resolve("t/local.md"), "Ours.\n");
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\nlocal_sections:\n  - title: Ours\n    document: mobile\n"
                + "    after: appendix\n    file: local.md\n");
        assertThat(build().unchanged()).as("profile naming a file").isFalse();
        assertThat(build().unchanged()).isTrue();
        Files.writeString(fx.schools().resolve("t/local.md"), "Ours, changed.\n");
        assertThat(build().unchanged()).as("a file of its own folder the profile names").isFalse();
        // A file the profile does not name is not an input: not read, so no reason to build again.
        Files.writeString(fx.schools().resolve("t/notes.md"), "Draft notes, not for publishing.\n");
        assertThat(build().unchanged()).as("a note in its own folder").isTrue();
        Path css = templates.resolve("model/_layout/pdf.css");
        Files.writeString(css, Files.readString(css) + "\n/* changed */\n");
        assertThat(build().unchanged()).as("template").isFalse();
        assertThat(build().unchanged()).isTrue();
    }

    @Test
    void theCommandLineSaysWhichSchoolsWereLeftAsTheyWere() {
        String[] args = {"build", "--schools", fx.schools().toString(), "--templates", templates.toString(), "--out", out.toString(),
                "--today", Fixture.TODAY.toString()};
        java.io.StringWriter first = new java.io.StringWriter();
        java.io.StringWriter second = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        assertThat(uk.policygen.cli.Main.run(args, new java.io.PrintWriter(first), new java.io.PrintWriter(err))).isZero();
        assertThat(uk.policygen.cli.Main.run(args, new java.io.PrintWriter(second), new java.io.PrintWriter(err))).isZero();
        assertThat(first.toString()).contains("t: wrote ").doesNotContain("unchanged");
        assertThat(second.toString()).contains("t: unchanged since the last build").contains("were not rewritten").doesNotContain("wrote");
    }

    @Test
    void aDeletedOutputFileIsWrittenAgainAndAnEditedOneIsNeverOverwritten() throws IOException {
        PackBuilder.Outcome first = build();
        String pdf = first.written().stream().filter(f -> f.endsWith(".pdf")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(out.resolve("t").resolve(pdf));
        Files.delete(out.resolve("t").resolve(pdf));
        assertThat(build().unchanged()).isFalse();
        assertThat(Files.readAllBytes(out.resolve("t").resolve(pdf))).isEqualTo(bytes);
        // A file edited by hand is the business manager's now: the build stops rather than overwrite it.
        Files.writeString(out.resolve("t/index.html"), "edited by hand");
        PackBuilder.Outcome edited = attempt();
        assertThat(edited.unchanged()).isFalse();
        assertThat(edited.ok()).isFalse();
        assertThat(edited.problems().toString()).contains("index.html (changed since policygen wrote it)");
        assertThat(Files.readString(out.resolve("t/index.html"))).isEqualTo("edited by hand");
    }

    /** Every file a build of the profile as it stands would write, built afresh in another folder. */
    Map<String, byte[]> fresh() throws IOException {
        Path elsewhere = temp.resolve("fresh-" + System.nanoTime());
        PackBuilder b = new PackBuilder(fx.schools(), templates, elsewhere, Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("t"));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        assertThat(o.printedAgain()).isEmpty();
        return files(elsewhere.resolve("t"));
    }

    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                m.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return m;
    }

    static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String f : expected.keySet()) assertThat(actual.get(f)).as(f).isEqualTo(expected.get(f));
    }

    @Test
    void aPdfPrintedFromTheSameSourceIsTakenFromTheLastBuildAndIsWhatPrintingGives() throws IOException {
        PackBuilder.Outcome first = build();
        assertThat(first.printedAgain()).isEmpty();
        java.util.List<String> pdfs = first.written().stream().filter(f -> f.endsWith(".pdf")).toList();
        assertThat(pdfs).hasSizeGreaterThan(3);
        // A comment changes the profile, not one page: every PDF is taken again.
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\n# a comment\n");
        PackBuilder.Outcome second = build();
        assertThat(second.unchanged()).isFalse();
        assertThat(second.printedAgain()).containsExactlyInAnyOrderElementsOf(pdfs);
        assertSameFiles(files(out.resolve("t")), fresh());
        // A decision the policy prints: its PDF is printed again, and the pack is still what printing it all gives.
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\nrestricted_areas: [toilets, changing rooms]\n");
        PackBuilder.Outcome third = build();
        assertThat(third.printedAgain()).doesNotContain("mobile-smart-technology-and-social-media-policy.pdf").isNotEmpty();
        assertSameFiles(files(out.resolve("t")), fresh());
    }

    @Test
    void aPdfIsPrintedAgainWhenItsStylesOrPolicygenChanged() throws IOException {
        PackBuilder.Outcome first = build();
        String pdf = first.written().stream().filter(f -> f.endsWith(".pdf")).findFirst().orElseThrow();
        // The print styles are part of every PDF's source.
        Path css = templates.resolve("model/_layout/pdf.css");
        Files.writeString(css, Files.readString(css) + "\n/* changed */\n");
        assertThat(build().printedAgain()).isEmpty();
        // A PDF whose time alone changed (restored from a backup, say) holds the bytes policygen wrote: it is taken again.
        Files.setLastModifiedTime(out.resolve("t").resolve(pdf), FileTime.fromMillis(0));
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\n# a comment\n");
        assertThat(build().printedAgain()).contains(pdf);
        // Another policygen (code or fonts) prints everything again.
        Path record = out.resolve("t").resolve(InputFingerprint.FILE);
        Files.writeString(record, Files.readString(record).replaceFirst("(?m)^tool\t.*$", "tool\tanother"));
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\n# another comment\n");
        assertThat(build().printedAgain()).isEmpty();
        assertSameFiles(files(out.resolve("t")), fresh());
    }

    /** The bytes of a file changed, its size and time kept (a same-size edit, a sync tool, a failing disk). */
    static void tamper(Path file) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        byte[] b = Files.readAllBytes(file);
        b[b.length / 2] ^= 1;
        Files.write(file, b);
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void aPdfWhoseBytesAreNotThosePolicygenWroteIsNeverTakenAgain() throws IOException {
        PackBuilder.Outcome first = build();
        String pdf = first.written().stream().filter(f -> f.startsWith("aup/") && f.endsWith(".pdf")).findFirst().orElseThrow();
        String source = Files.readAllLines(out.resolve("t").resolve(InputFingerprint.FILE)).stream()
                .filter(l -> l.startsWith("print\t") && l.endsWith("\t" + pdf)).findFirst().orElseThrow().split("\t")[1];
        assertThat(InputFingerprint.earlierPrints(out.resolve("t")).earlier(pdf, source)).isPresent();
        assertThat(InputFingerprint.earlierPrints(out.resolve("t")).earlier(pdf, "another source")).isEmpty();
        tamper(out.resolve("t").resolve(pdf));
        assertThat(InputFingerprint.earlierPrints(out.resolve("t")).earlier(pdf, source)).isEmpty();
        // And the build that would have taken it stops at the file, as for any file edited since policygen wrote it.
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\n# a comment\n");
        assertThat(attempt().problems().toString()).contains(pdf + " (changed since policygen wrote it)");
    }

    @Test
    void whatGovernorsRatifyIsPrintedAfreshNotTakenFromTheLastBuild() throws IOException {
        PackBuilder.Outcome draft = build();
        String form = draft.written().stream().filter(f -> f.startsWith("aup/") && f.endsWith(".pdf")).findFirst().orElseThrow();
        tamper(out.resolve("t").resolve(form));
        byte[] tampered = Files.readAllBytes(out.resolve("t").resolve(form));
        // Ratified on the day of the review: the draft's form is not taken again (its notice is gone, and a tampered file never is).
        fx.write("t", Fixture.VALID + "documents:\n  arrangement: combined\nsign_off:\n  approved_by: full governing body\n  approved_on: 2026-09-01\n");
        PackBuilder.Outcome ratifying = attempt();
        assertThat(ratifying.printedAgain()).isEmpty();
        Path recorded = fx.schools().resolve("records/t/2026-09-01").resolve(form);
        assertThat(recorded).exists();
        // Printed afresh: not the tampered file, and without the draft's notice the draft's form carried.
        byte[] kept = Files.readAllBytes(recorded);
        assertThat(kept).isNotEqualTo(tampered);
        assertThat(new String(kept, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(Files.readString(fx.schools().resolve("records/t/2026-09-01").resolve(form.replace(".pdf", ".html")))).doesNotContain("draft-banner\"");
    }

    /** The jar policygen runs from is known by its central directory: the same entries give the same identity, any change another. */
    @Test
    void theJarIsKnownByItsListOfEntries() throws IOException {
        Path a = jar("a.jar", "fonts/x.ttf", "one", 0L);
        Path b = jar("b.jar", "fonts/x.ttf", "one", 0L);
        Path changed = jar("c.jar", "fonts/x.ttf", "two", 0L);
        Path renamed = jar("d.jar", "fonts/y.ttf", "one", 0L);
        Path later = jar("e.jar", "fonts/x.ttf", "one", 86_400_000L);
        assertThat(InputFingerprint.centralDirectory(a)).isPresent().isEqualTo(InputFingerprint.centralDirectory(b));
        assertThat(InputFingerprint.centralDirectory(changed)).isPresent().isNotEqualTo(InputFingerprint.centralDirectory(a));
        assertThat(InputFingerprint.centralDirectory(renamed)).isPresent().isNotEqualTo(InputFingerprint.centralDirectory(a));
        // An entry's time is part of the directory: the build fixes it, so the same code packaged again is the same jar.
        assertThat(InputFingerprint.centralDirectory(later)).isPresent().isNotEqualTo(InputFingerprint.centralDirectory(a));
        Path notAJar = temp.resolve("not.jar");
        Files.writeString(notAJar, "not a zip file");
        assertThat(InputFingerprint.centralDirectory(notAJar)).isEmpty();
        Path empty = temp.resolve("empty.jar");
        Files.write(empty, new byte[0]);
        assertThat(InputFingerprint.centralDirectory(empty)).isEmpty();
    }

    private Path jar(String name, String entry, String content, long time) throws IOException {
        Path p = temp.resolve(name);
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(p))) {
            var e = new java.util.zip.ZipEntry(entry);
            e.setTime(1_767_225_600_000L + time);
            zip.putNextEntry(e);
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return p;
    }
}
