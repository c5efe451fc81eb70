package uk.policygen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.cli.Main;
import uk.policygen.profile.Fixture;

/** The build command misused: an --out over the school's own files, a folder holding foreign files; one school's trouble stays its own. */
class CommandLineHostileTest {
    @TempDir
    Path temp;
    Fixture fx;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
        fx.write("alpha", Fixture.VALID);
        fx.write("beta", Fixture.VALID);
    }

    int build(Path outDir) {
        return Main.run(new String[] {"build", "--schools", fx.schools().toString(), "--templates", Fixture.PROJECT.resolve("templates").toString(),
                "--today", "2026-11-22", "--out", outDir.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void anOutInsideTheSchoolsFolderWritesAndRemovesNothing() throws IOException {
        Path signed = fx.schools().resolve("alpha/old-signed-policy-2023.pdf");
        Files.createDirectories(signed.getParent());
        Files.writeString(signed, "signed by governors");
        Files.writeString(fx.schools().resolve("alpha/minutes.html"), "minutes");
        assertThat(build(fx.schools())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("is inside").contains("which holds the schools' own files");
        assertThat(Files.readString(signed)).isEqualTo("signed by governors");
        assertThat(Files.readString(fx.schools().resolve("alpha/minutes.html"))).isEqualTo("minutes");
        try (var files = Files.list(fx.schools().resolve("alpha"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("old-signed-policy-2023.pdf", "minutes.html");
        }
    }

    @Test
    void aSchoolWhoseFolderHoldsForeignFilesFailsAloneAndTheOthersAreBuilt() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("alpha/news"));
        Files.writeString(site.resolve("alpha/news/fete.html"), "fete");
        Files.writeString(site.resolve("alpha/index.html"), "our own home page");
        assertThat(build(site)).isEqualTo(Main.INVALID);
        assertThat(err.toString()).contains("holds files policygen did not write: index.html, news/fete.html");
        assertThat(out.toString()).contains("alpha: not built").contains("beta: wrote").contains("1 ok, 1 with errors");
        assertThat(Files.readString(site.resolve("alpha/index.html"))).isEqualTo("our own home page");
        assertThat(site.resolve("beta/index.html")).exists();
        assertThat(site.resolve("beta/.policygen-files.json")).exists();
    }

    /**
     * An --out inside another build's output folder, or a school's published folder given as the --out, is refused:
     * it wrote output/alpha/alpha/… and a lock file there, which the next ordinary build then refused as not its own.
     */
    @Test
    void anOutInsideAnotherOutputFolderIsRefusedAndTheNextBuildStillWorks() throws IOException {
        Path output = temp.resolve("output");
        assertThat(build(output)).as(err.toString()).isEqualTo(Main.OK);
        java.util.Map<String, byte[]> before = new java.util.TreeMap<>();
        try (var walk = Files.walk(output)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) before.put(output.relativize(f).toString(), Files.readAllBytes(f));
        }
        for (Path inside : List.of(output.resolve("alpha"), output.resolve("alpha-preview"), output.resolve("drafts/alpha"))) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(build(inside)).as(inside.toString()).isEqualTo(Main.USAGE);
            assertThat(err.toString()).as(inside.toString()).containsAnyOf("is a school's published folder", "the output folder of another build")
                    .doesNotContain("\tat ");
        }
        java.util.Map<String, byte[]> after = new java.util.TreeMap<>();
        try (var walk = Files.walk(output)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) after.put(output.relativize(f).toString(), Files.readAllBytes(f));
        }
        assertThat(after.keySet()).as("nothing was written inside the output folder").isEqualTo(before.keySet());
        assertThat(output.resolve("alpha-preview")).doesNotExist();
        fx.write("alpha", Fixture.VALID.replace("short_name: Test", "short_name: Tested"));
        assertThat(build(output)).as(err.toString()).isEqualTo(Main.OK);
    }

    @Test
    void aRebuildReplacesItsOwnFilesAndKeepsNoStaleOnes() throws IOException {
        Path output = temp.resolve("output");
        assertThat(build(output)).as(err.toString()).isEqualTo(Main.OK);
        Path combined = output.resolve("alpha/mobile-and-smart-technology-policy.pdf");
        assertThat(combined).exists();
        // the school now publishes one combined document: the two separate ones are stale and go
        assertThat(output.resolve("alpha/social-media-policy.pdf")).exists();
        fx.write("alpha", Fixture.VALID + "documents:\n  arrangement: mobile-only\n");
        Files.writeString(output.resolve("alpha/archive-note.txt"), "x"); // a foreign file stops the rebuild …
        assertThat(build(output)).isEqualTo(Main.INVALID);
        assertThat(output.resolve("alpha/archive-note.txt")).hasContent("x");
        Files.delete(output.resolve("alpha/archive-note.txt")); // … until it is moved away
        assertThat(build(output)).as(err.toString()).isEqualTo(Main.OK);
        assertThat(output.resolve("alpha/social-media-policy.pdf")).doesNotExist();
        assertThat(output.resolve("alpha/social-media-policy.html")).doesNotExist();
        assertThat(combined).exists();
        assertThat(output.resolve(".alpha.staging")).doesNotExist();
        assertThat(output.resolve(".alpha.old")).doesNotExist();
    }
}
