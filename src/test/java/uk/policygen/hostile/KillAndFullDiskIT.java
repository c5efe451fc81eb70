package uk.policygen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.publish.InputFingerprint;
import uk.policygen.publish.OutputFolder;

/**
 * The built jar, run as a user runs it, meets a real kill -9 in the middle of a build and a real
 * full disk (a small tmpfs, where the machine lets a user mount one): every school's folder holds
 * either its previous set or its complete new set, never a half-written file, and the next build
 * finishes the job.
 */
class KillAndFullDiskIT {
    static final List<String> IDS = List.of("alpha", "beta", "gamma", "delta");
    /** The page that names the school by its short name, which each round changes. */
    static final String POLICY = "mobile-and-smart-technology-policy.html";
    static final Path JAR = Path.of("target/policygen.jar").toAbsolutePath();

    @TempDir
    Path temp;

    List<String> command(Path schools, Path out) {
        // as-is: the JVM started here is the one that writes, so the kill reaches the writer
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dpolicygen.jvm=as-is", "-jar", JAR.toString(),
                "build", "--schools", schools.toString(), "--templates", Fixture.PROJECT.resolve("templates").toString(),
                "--today", "2026-11-22", "--out", out.toString());
    }

    void writeProfiles(Fixture fx, String shortName) throws IOException {
        for (String id : IDS) fx.write(id, Fixture.VALID.replace("short_name: Test", "short_name: " + shortName));
    }

    /** Every file policygen wrote in the school's folder, relative path to SHA-256 (the kept folders left out). */
    static Map<String, String> filesOf(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var walk = Files.walk(dir)) {
            // the input fingerprint is a cache a build removes before it starts writing (so a killed build is never skipped next time)
            for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().equals(InputFingerprint.FILE)).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** The school's folder is whole: every file it holds is one its manifest lists, with the listed bytes, and none is missing. */
    static void assertWhole(Path dir) throws IOException {
        Map<String, String> on = filesOf(dir);
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve(OutputFolder.MANIFEST).toFile()).path("files");
        Map<String, String> listed = new TreeMap<>();
        manifest.fields().forEachRemaining(e -> listed.put(e.getKey(), e.getValue().asText()));
        on.remove(OutputFolder.MANIFEST);
        assertThat(on).as("files in " + dir + " against its manifest").isEqualTo(listed);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBuildKilledMidWayLeavesEachSchoolWholeAndTheNextBuildFinishes() throws Exception {
        assertThat(JAR).exists();
        Fixture fx = new Fixture(temp);
        Path out = temp.resolve("output");
        writeProfiles(fx, "Test");
        long firstStart = System.nanoTime();
        Process first = new ProcessBuilder(command(fx.schools(), out)).redirectErrorStream(true).redirectOutput(temp.resolve("first.log").toFile()).start();
        assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
        // "A while into the build": three fifths of the first build's time, not a fixed 4.5 s, which a quiet machine's
        // whole build took less than (the kill then came too late, and the test failed on a faster machine).
        laterNanos = (System.nanoTime() - firstStart) * 3 / 5;
        assertThat(first.exitValue()).as(Files.readString(temp.resolve("first.log"))).isZero();

        // Kill at three moments: while the first school is staged, after a school has been swapped in, and a while into the build.
        List<String> moments = List.of("staging", "swapped", "later");
        for (int round = 0; round < moments.size(); round++) {
            Map<String, Map<String, String>> before = new TreeMap<>();
            for (String id : IDS) {
                // a school killed between the renames last round: its previous set is the one waiting beside it
                Path dir = Files.isDirectory(out.resolve(id)) ? out.resolve(id) : out.resolve("." + id + ".old");
                before.put(id, filesOf(dir));
            }
            writeProfiles(fx, "Round" + round);
            Process p = new ProcessBuilder(command(fx.schools(), out)).redirectErrorStream(true)
                    .redirectOutput(temp.resolve("round" + round + ".log").toFile()).start();
            long start = System.nanoTime();
            boolean killed = false;
            while (p.isAlive() && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(5)) {
                if (moment(moments.get(round), out, before, start)) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                    killed = true;
                    break;
                }
                Thread.sleep(2);
            }
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(killed).as("the build was killed mid-way in round " + round + ": " + Files.readString(temp.resolve("round" + round + ".log"))).isTrue();

            for (String id : IDS) {
                Path dir = out.resolve(id);
                if (Files.isDirectory(dir)) {
                    assertWhole(dir);
                    Map<String, String> now = filesOf(dir);
                    boolean previous = now.equals(before.get(id));
                    boolean renewed = Files.readString(dir.resolve(POLICY)).contains("Round" + round);
                    assertThat(previous || renewed).as(id + " holds its previous set or its complete new one, round " + round + ": " + now + " before: " + before.get(id)).isTrue();
                } else {
                    // killed between the two renames: the previous set waits beside it, whole, and the next build puts it back
                    Path old = out.resolve("." + id + ".old");
                    assertThat(old).as(id + " killed between the renames").isDirectory();
                    assertThat(filesOf(old)).isEqualTo(before.get(id));
                }
            }
        }

        Process last = new ProcessBuilder(command(fx.schools(), out)).redirectErrorStream(true).redirectOutput(temp.resolve("last.log").toFile()).start();
        assertThat(last.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String said = Files.readString(temp.resolve("last.log"), StandardCharsets.UTF_8);
        assertThat(last.exitValue()).as(said).isZero();
        for (String id : IDS) {
            assertWhole(out.resolve(id));
            assertThat(Files.readString(out.resolve(id).resolve(POLICY))).contains("Round2");
        }
        try (var left = Files.list(out)) {
            assertThat(left.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".staging") || f.endsWith(".old"))).isEmpty();
        }
    }

    /** Whether the build has reached the moment to kill it. */
    /** When "later" is, in a round: set from the first build's time. */
    static long laterNanos = TimeUnit.MILLISECONDS.toNanos(4500);

    static boolean moment(String which, Path out, Map<String, Map<String, String>> before, long start) throws IOException {
        switch (which) {
            case "staging":
                for (String id : IDS) {
                    Path staging = out.resolve("." + id + ".staging");
                    if (Files.isDirectory(staging)) {
                        try (var files = Files.list(staging)) {
                            if (files.findAny().isPresent()) return true;
                        } catch (IOException e) {
                            return false; // it was swapped in meanwhile
                        }
                    }
                }
                return false;
            case "swapped":
                for (String id : IDS) {
                    Path policy = out.resolve(id).resolve(POLICY);
                    try {
                        if (Files.isRegularFile(policy) && !sha256(Files.readAllBytes(policy)).equals(before.get(id).get(POLICY))) return true;
                    } catch (IOException e) {
                        return false;
                    }
                }
                return false;
            default:
                return System.nanoTime() - start > laterNanos;
        }
    }

    /**
     * A real full disk: the output folder on a 6 MiB tmpfs, mounted in a private mount namespace
     * ({@code unshare -rm}, no root needed where the kernel allows it). The first build fits; a
     * filler file then leaves too little room for the second, which must say so and leave the
     * previous set exactly as it was.
     */
    @Test
    void aFullDiskMidBuildLeavesThePreviousSetAndSaysSo() throws Exception {
        assertThat(JAR).exists();
        assumeTrue(canMountTmpfs(), "this machine lets no user mount a tmpfs (unshare -rm); the simulated full disk in OutputFolderHostileTest covers it");
        Fixture fx = new Fixture(temp);
        fx.write("alpha", Fixture.VALID);
        Path mount = Files.createDirectories(temp.resolve("small-disk"));
        Path out = mount.resolve("output");
        Path report = temp.resolve("report");
        Files.createDirectories(report);
        String build = String.join(" ", command(fx.schools(), out).stream().map(KillAndFullDiskIT::quote).toList());
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=6m tmpfs " + quote(mount.toString()) + " || exit 90",
                build + " > " + quote(report.resolve("first.log").toString()) + " 2>&1; echo $? > " + quote(report.resolve("first.code").toString()),
                // the input fingerprint (a cache that lets an unchanged school be skipped) is left out: a failed build removes it
                "(cd " + quote(out.resolve("alpha").toString()) + " && find . -type f ! -name .inputs-sha256 | sort | xargs sha256sum) > " + quote(report.resolve("before.txt").toString()),
                // fill the disk, then free a little: less room than the new set needs
                "dd if=/dev/zero of=" + quote(mount.resolve("filler").toString()) + " bs=64k 2>/dev/null; truncate -s -200k " + quote(mount.resolve("filler").toString()),
                "sed -i 's/short_name: Test/short_name: Fuller/' " + quote(fx.schools().resolve("alpha.yml").toString()),
                build + " > " + quote(report.resolve("second.log").toString()) + " 2>&1; echo $? > " + quote(report.resolve("second.code").toString()),
                "(cd " + quote(out.resolve("alpha").toString()) + " && find . -type f ! -name .inputs-sha256 | sort | xargs sha256sum) > " + quote(report.resolve("after.txt").toString()),
                "ls -a " + quote(out.toString()) + " > " + quote(report.resolve("listing.txt").toString()),
                "");
        Path sh = temp.resolve("full-disk.sh");
        Files.writeString(sh, script);
        Process p = new ProcessBuilder("unshare", "-rm", "sh", sh.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("unshare.log").toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(temp.resolve("unshare.log"))).isZero();
        assertThat(Files.readString(report.resolve("first.code")).strip()).as(Files.readString(report.resolve("first.log"))).isEqualTo("0");
        String second = Files.readString(report.resolve("second.log"), StandardCharsets.UTF_8);
        assertThat(Files.readString(report.resolve("second.code")).strip()).as(second).isEqualTo("1");
        assertThat(second).contains("No space left on device").contains("nothing was changed: the previous files there are as they were")
                .doesNotContain("\tat ");
        assertThat(Files.readString(report.resolve("after.txt"))).isNotEmpty().isEqualTo(Files.readString(report.resolve("before.txt")));
        assertThat(Files.readAllLines(report.resolve("listing.txt"))).noneMatch(f -> f.endsWith(".staging") || f.endsWith(".old"));
    }

    static boolean canMountTmpfs() {
        try {
            Path probe = Files.createTempDirectory("tmpfs-probe");
            try {
                Process p = new ProcessBuilder("unshare", "-rm", "mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
