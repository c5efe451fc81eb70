package uk.policygen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.publish.PackBuilder;

/** The ratified record copies the school's own files it is made from: never one reached through a link, never a large file read whole. */
class RatifiedRecordHostileTest {
    @TempDir
    Path temp;

    @Test
    void linksAreNotFollowedAndAVideoIsHashedNotRead() throws IOException {
        Path schools = temp.resolve("schools");
        try (Stream<Path> files = Files.walk(Fixture.PROJECT.resolve("schools"))) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = schools.resolve(Fixture.PROJECT.resolve("schools").relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Path secret = temp.resolve("shadow");
        Files.writeString(secret, "root:SECRET-HASH:19000:0:99999:7:::");
        Path own = schools.resolve("hildenborough");
        Files.createSymbolicLink(own.resolve("unused.md"), secret);
        Files.createSymbolicLink(own.resolve("unused.yml"), secret);
        // The record keeps the files the documents are made from: the school's own templates, whatever they hold.
        Path templates = Files.createDirectories(own.resolve("templates"));
        Files.createSymbolicLink(templates.resolve("unused.ftl"), secret);
        try (RandomAccessFile video = new RandomAccessFile(templates.resolve("assembly.mp4").toFile(), "rw")) {
            video.setLength(2200L * 1024 * 1024); // over the 2 GB a byte array can hold
        }
        Files.writeString(own.resolve("notes-for-the-head.md"), "Not for the record.\n"); // named by nothing: not recorded
        // The governors ratify the draft: the record keeps the school's files as they stood.
        Path profile = schools.resolve("hildenborough.yml");
        Files.writeString(profile, Files.readString(profile).replace("sign_off:\n", "sign_off:\n  approved_on: 2026-11-18\n"));
        PackBuilder b = new PackBuilder(schools, Fixture.PROJECT.resolve("templates"), temp.resolve("output"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("hildenborough"));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        String manifest = Files.readString(schools.resolve("records/hildenborough/2026-11-18/manifest.json"));
        assertThat(manifest).doesNotContain("SECRET-HASH").doesNotContain("unused.md").doesNotContain("unused.yml").doesNotContain("unused.ftl");
        assertThat(manifest).contains("hildenborough/templates/assembly.mp4\" : \"sha256:");
        assertThat(manifest).doesNotContain("notes-for-the-head").doesNotContain("Not for the record");
    }
}
