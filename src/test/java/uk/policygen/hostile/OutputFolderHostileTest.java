package uk.policygen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.publish.OutputFolder;

/** The output folder under misuse and accident: policygen replaces or removes only what it wrote, all or nothing. */
class OutputFolderHostileTest {
    @TempDir
    Path temp;

    static Map<String, byte[]> files(String version, String... names) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, (n + " " + version).getBytes(StandardCharsets.UTF_8));
        return m;
    }

    OutputFolder folder(Path out) {
        return new OutputFolder(out, List.of(temp.resolve("schools"), temp.resolve("templates")));
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void staleFilesItWroteAreRemovedAndNothingElse() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html", "a.pdf", "aup/staff.html"));
        Files.createDirectories(out.resolve("x/archive/2024-01-01"));
        Files.writeString(out.resolve("x/archive/2024-01-01/kept.pdf"), "ratified");
        Files.createDirectories(out.resolve("x/private"));
        Files.writeString(out.resolve("x/private/class-pack.pdf"), "names");
        folder(out).publish("x", files("2", "index.html", "b.pdf"));
        assertThat(read(out.resolve("x/index.html"))).isEqualTo("index.html 2");
        assertThat(out.resolve("x/a.pdf")).doesNotExist();
        assertThat(out.resolve("x/aup")).doesNotExist();
        assertThat(read(out.resolve("x/archive/2024-01-01/kept.pdf"))).isEqualTo("ratified");
        assertThat(read(out.resolve("x/private/class-pack.pdf"))).isEqualTo("names");
        assertThat(out.resolve(".x.staging")).doesNotExist();
        assertThat(out.resolve(".x.old")).doesNotExist();
    }

    @Test
    void aFolderHoldingFilesItDidNotWriteIsRefusedAndUntouched() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("x/news"));
        Files.writeString(site.resolve("x/news/fete.html"), "fete");
        Files.writeString(site.resolve("x/index.html"), "the school's own home page");
        assertThatThrownBy(() -> folder(site).publish("x", files("1", "index.html")))
                .isInstanceOf(OutputFolder.Refused.class)
                .hasMessageContaining("holds files policygen did not write: index.html, news/fete.html")
                .hasMessageContaining("nothing was changed");
        assertThat(read(site.resolve("x/index.html"))).isEqualTo("the school's own home page");
        assertThat(read(site.resolve("x/news/fete.html"))).isEqualTo("fete");
    }

    @Test
    void aFileChangedByHandSinceItWasWrittenIsNotOverwritten() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html", "a.pdf"));
        Files.writeString(out.resolve("x/a.pdf"), "edited by the office");
        assertThatThrownBy(() -> folder(out).publish("x", files("2", "index.html")))
                .hasMessageContaining("a.pdf (changed since policygen wrote it)");
        assertThat(read(out.resolve("x/a.pdf"))).isEqualTo("edited by the office");
    }

    @Test
    void aLinkInsideTheOutputIsNeverFollowed() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html", "aup/staff.html"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("staff.html"), "someone else's");
        Files.writeString(elsewhere.resolve("minutes.pdf"), "minutes");
        // replace aup/ with a link to another folder
        Files.delete(out.resolve("x/aup/staff.html"));
        Files.delete(out.resolve("x/aup"));
        Files.createSymbolicLink(out.resolve("x/aup"), elsewhere);
        assertThatThrownBy(() -> folder(out).publish("x", files("2", "index.html")))
                .hasMessageContaining("aup (a link)");
        assertThat(read(elsewhere.resolve("staff.html"))).isEqualTo("someone else's");
        assertThat(read(elsewhere.resolve("minutes.pdf"))).isEqualTo("minutes");
    }

    @Test
    void theSchoolFolderItselfAsALinkIsRefused() throws IOException {
        Path out = Files.createDirectories(temp.resolve("output"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("index.html"), "keep");
        Files.createSymbolicLink(out.resolve("x"), elsewhere);
        assertThatThrownBy(() -> folder(out).publish("x", files("1", "index.html"))).hasMessageContaining("is a link");
        assertThat(read(elsewhere.resolve("index.html"))).isEqualTo("keep");
    }

    @Test
    void anOutInsideSchoolsOrTemplatesOrARecordIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("schools"));
        Files.writeString(temp.resolve("schools/old-signed-policy-2023.pdf"), "signed");
        assertThatThrownBy(() -> folder(temp.resolve("schools")).publish("x", files("1", "index.html")))
                .hasMessageContaining("is inside").hasMessageContaining("schools");
        assertThatThrownBy(() -> folder(temp.resolve("templates/model")).checkRoot()).hasMessageContaining("is inside");
        assertThat(temp.resolve("schools/x")).doesNotExist();
        assertThat(temp.resolve("templates")).doesNotExist();

        Path out = temp.resolve("output");
        folder(out).publish("other", files("1", "index.html"));
        Files.createDirectories(out.resolve("other/archive/2024-09-25"));
        Files.writeString(out.resolve("other/archive/2024-09-25/policy.pdf"), "ratified");
        assertThatThrownBy(() -> folder(out.resolve("other/archive")).publish("2024-09-25", files("2", "index.html")))
                .hasMessageContaining("a school's published folder");
        assertThat(read(out.resolve("other/archive/2024-09-25/policy.pdf"))).isEqualTo("ratified");
    }

    @Test
    void anOutReachedThroughALinkIntoSchoolsIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("schools"));
        Files.createSymbolicLink(temp.resolve("sneaky"), temp.resolve("schools"));
        assertThatThrownBy(() -> folder(temp.resolve("sneaky")).publish("x", files("1", "index.html"))).hasMessageContaining("is inside");
        assertThat(temp.resolve("schools/x")).doesNotExist();
    }

    /** A disk that fills up after a number of files. */
    record FullDisk(AtomicInteger left) implements OutputFolder.Disk {
        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            if (left.decrementAndGet() < 0) throw new IOException("No space left on device");
            OutputFolder.Disk.super.write(file, bytes);
        }
    }

    @Test
    void aFullDiskLeavesThePreviousSetIntactAndSaysSo() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("ratified", "policy.html", "policy.pdf", "index.html"));
        OutputFolder full = new OutputFolder(out, List.of(), new FullDisk(new AtomicInteger(1)));
        assertThatThrownBy(() -> full.publish("x", files("draft", "policy.html", "policy.pdf", "index.html")))
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("nothing was changed: the previous files there are as they were");
        for (String f : List.of("policy.html", "policy.pdf", "index.html")) {
            assertThat(read(out.resolve("x").resolve(f))).isEqualTo(f + " ratified");
        }
        assertThat(out.resolve(".x.staging")).doesNotExist();
        folder(out).publish("x", files("draft", "policy.html", "policy.pdf", "index.html"));
        assertThat(read(out.resolve("x/policy.pdf"))).isEqualTo("policy.pdf draft");
    }

    @Test
    void aBlockedPathWritesNothing() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html", "a.html"));
        // a name this build needs as a folder is a file in the new set: the staging fails, the old set stays
        assertThatThrownBy(() -> folder(out).publish("x", files("2", "a.html", "a.html/inner.html")))
                .hasMessageContaining("nothing was changed");
        assertThat(read(out.resolve("x/index.html"))).isEqualTo("index.html 1");
    }

    /** A process killed at a step: the step throws an Error nothing catches, as a kill -9 would leave the disk. */
    static final class Killed extends Error {
    }

    record KillAtMove(AtomicInteger moves) implements OutputFolder.Disk {
        @Override
        public void move(Path from, Path to) throws IOException {
            if (moves.decrementAndGet() < 0) throw new Killed();
            OutputFolder.Disk.super.move(from, to);
        }
    }

    @Test
    void aBuildKilledBetweenTheRenamesIsRolledBackByTheNextBuild() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html", "a.pdf"));
        Files.createDirectories(out.resolve("x/archive"));
        Files.writeString(out.resolve("x/archive/kept"), "ratified");
        OutputFolder dying = new OutputFolder(out, List.of(), new KillAtMove(new AtomicInteger(1)));
        assertThatThrownBy(() -> dying.publish("x", files("2", "index.html"))).isInstanceOf(Killed.class);
        assertThat(out.resolve("x")).doesNotExist(); // killed with the old set aside and the new not yet in
        // the next build first puts the previous set back, then replaces it whole
        folder(out).publish("x", files("3", "index.html", "c.pdf"));
        assertThat(read(out.resolve("x/index.html"))).isEqualTo("index.html 3");
        assertThat(out.resolve("x/a.pdf")).doesNotExist();
        assertThat(read(out.resolve("x/archive/kept"))).isEqualTo("ratified");
        assertThat(out.resolve(".x.old")).doesNotExist();
    }

    @Test
    void aBuildKilledWhileTidyingIsFinishedByTheNextBuild() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html", "a.pdf"));
        Files.createDirectories(out.resolve("x/private"));
        Files.writeString(out.resolve("x/private/pack.pdf"), "names");
        OutputFolder dying = new OutputFolder(out, List.of(), new KillAtMove(new AtomicInteger(2)));
        assertThatThrownBy(() -> dying.publish("x", files("2", "index.html"))).isInstanceOf(Killed.class);
        assertThat(read(out.resolve("x/index.html"))).isEqualTo("index.html 2");
        assertThat(read(out.resolve(".x.old/private/pack.pdf"))).isEqualTo("names");
        folder(out).publish("x", files("3", "index.html"));
        assertThat(read(out.resolve("x/private/pack.pdf"))).isEqualTo("names");
        assertThat(out.resolve(".x.old")).doesNotExist();
    }

    @Test
    void aBuildKilledWhileStagingLeavesThePreviousSet() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html", "a.pdf"));
        OutputFolder dying = new OutputFolder(out, List.of(), new OutputFolder.Disk() {
            int n;

            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (n++ == 1) throw new Killed();
                OutputFolder.Disk.super.write(file, bytes);
            }
        });
        assertThatThrownBy(() -> dying.publish("x", files("2", "index.html", "a.pdf"))).isInstanceOf(Killed.class);
        assertThat(read(out.resolve("x/a.pdf"))).isEqualTo("a.pdf 1");
        folder(out).publish("x", files("3", "index.html"));
        assertThat(out.resolve(".x.staging")).doesNotExist();
        assertThat(read(out.resolve("x/index.html"))).isEqualTo("index.html 3");
    }

    @Test
    void aRacingBuildOfTheSameSchoolIsRefusedNotInterleaved() throws Exception {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html"));
        AtomicInteger inner = new AtomicInteger();
        OutputFolder slow = new OutputFolder(out, List.of(), new OutputFolder.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (inner.getAndIncrement() == 0) {
                    // a second build of the same school starts while this one is writing
                    assertThatThrownBy(() -> folder(out).publish("x", files("race", "index.html")))
                            .hasMessageContaining("another policygen is writing");
                }
                OutputFolder.Disk.super.write(file, bytes);
            }
        });
        slow.publish("x", files("2", "index.html"));
        assertThat(read(out.resolve("x/index.html"))).isEqualTo("index.html 2");
    }

    @Test
    void aScriptInAPageIsNeverPublished() throws IOException {
        Path out = temp.resolve("output");
        for (String page : List.of("<p>hi</p><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "<a href=\" javascript:alert(1)\">x</a>", "<iframe src=http://evil></iframe>", "<meta http-equiv=refresh content=\"0;url=http://x\">")) {
            Map<String, byte[]> f = Map.of("index.html", page.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> folder(out).publish("x", f)).as(page).hasMessageContaining("never publishes");
        }
        assertThat(out.resolve("x")).doesNotExist();
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() {
        Path out = temp.resolve("output");
        for (String bad : List.of("../escape.html", "/etc/x.html", "a/../../b.html", ".policygen-files.json", "archive/x.pdf")) {
            assertThatThrownBy(() -> folder(out).publish("x", files("1", bad))).as(bad).isInstanceOf(OutputFolder.Refused.class);
        }
        assertThat(temp.resolve("escape.html")).doesNotExist();
    }

    /** The list says which policygen wrote the folder once: "policygen 0.1.0", not "policygen policygen 0.1.0". */
    @Test
    void theListOfFilesNamesItsWriterOnce() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html"));
        String writer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("x").resolve(OutputFolder.MANIFEST).toFile())
                .path("written_by").asText();
        assertThat(writer).isEqualTo(uk.policygen.Policygen.VERSION).isEqualTo("policygen " + uk.policygen.Policygen.version());
    }

    @Test
    void publishedFilesAreReadableByTheWebServer() throws IOException {
        Path out = temp.resolve("output");
        folder(out).publish("x", files("1", "index.html"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("x/index.html")))).isEqualTo("rw-r--r--");
    }
}
