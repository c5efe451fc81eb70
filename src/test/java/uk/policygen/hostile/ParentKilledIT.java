package uk.policygen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;

/**
 * The jar starts policygen again in a lean JVM (cli/LeanJvm). Killing the process the user sees (kill -9, or
 * closing its window) must end that second JVM too, at once, and leave every school's folder whole.
 */
class ParentKilledIT {
    static final Path JAR = Path.of("target/policygen.jar").toAbsolutePath();
    static final long PATIENCE_MS = TimeUnit.SECONDS.toMillis(20);

    @TempDir
    Path temp;

    List<String> command(String... args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        c.addAll(List.of(args));
        return c;
    }

    /** Ended: gone, or a zombie waiting for whichever process adopted it to collect its status (ProcessHandle counts that alive). */
    static boolean ended(ProcessHandle p) throws IOException {
        Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
        if (!Files.exists(stat)) return !p.isAlive();
        String s;
        try {
            s = Files.readString(stat);
        } catch (IOException e) {
            return true; // gone while read
        }
        return s.substring(s.lastIndexOf(')') + 2).startsWith("Z");
    }

    static boolean endsWithin(ProcessHandle p, long millis) throws IOException, InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (ended(p)) return true;
            Thread.sleep(50);
        }
        return ended(p);
    }

    /** The lean JVM the visible one started, once it is running. */
    static ProcessHandle lean(Process visible) throws InterruptedException {
        long until = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(2);
        while (System.currentTimeMillis() < until && visible.isAlive()) {
            List<ProcessHandle> children = visible.children().toList();
            if (!children.isEmpty()) return children.get(0);
            Thread.sleep(20);
        }
        throw new AssertionError("the jar started no second JVM");
    }

    @Test
    void aPreviewEndsWithTheProcessThatStartedIt() throws Exception {
        assertThat(JAR).exists();
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "tells a finished process from a live one by /proc");
        Fixture fx = new Fixture(temp);
        fx.write("alpha", Fixture.VALID);
        Path log = temp.resolve("serve.log");
        Process visible = new ProcessBuilder(command("serve", "--schools", fx.schools().toString(), "--templates",
                Fixture.PROJECT.resolve("templates").toString(), "--today", "2026-11-22", "--port", "0"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProcessHandle child = lean(visible);
        try {
            long until = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(2);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("Preview at") && System.currentTimeMillis() < until) Thread.sleep(100);
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Preview at");
            assertThat(ended(child)).isFalse();

            visible.destroyForcibly(); // SIGKILL: the visible JVM can tell no one
            assertThat(visible.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(endsWithin(child, PATIENCE_MS)).as("the second JVM ended with the first").isTrue();
        } finally {
            if (!ended(child)) child.destroyForcibly();
        }
    }

    @Test
    void aBuildStopsWritingWhenTheProcessThatStartedItIsKilledAndLeavesEachSchoolWhole() throws Exception {
        assertThat(JAR).exists();
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "tells a finished process from a live one by /proc");
        Fixture fx = new Fixture(temp);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ids.add("school-" + i);
            fx.write("school-" + i, Fixture.VALID);
        }
        Path out = temp.resolve("output");
        List<String> build = command("build", "--schools", fx.schools().toString(), "--templates", Fixture.PROJECT.resolve("templates").toString(),
                "--today", "2026-11-22", "--out", out.toString());
        Process visible = new ProcessBuilder(build).redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile()).start();
        ProcessHandle child = lean(visible);
        try {
            // Killed once the first school is being written: eleven schools are still to come.
            long until = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(3);
            boolean writing = false;
            while (!writing && System.currentTimeMillis() < until && !ended(child)) {
                try (var inOut = Files.list(out)) {
                    writing = inOut.anyMatch(f -> f.getFileName().toString().endsWith(".staging") || Files.exists(f.resolve(".policygen-files.json")));
                } catch (IOException e) {
                    Thread.sleep(5); // not made yet
                }
            }
            assertThat(writing).as(Files.readString(temp.resolve("build.log"))).isTrue();
            visible.destroyForcibly();
            assertThat(visible.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(endsWithin(child, PATIENCE_MS)).as("the second JVM ended with the first").isTrue();
        } finally {
            if (!ended(child)) child.destroyForcibly();
        }
        List<String> built = new ArrayList<>();
        for (String id : ids) {
            if (Files.isDirectory(out.resolve(id))) {
                KillAndFullDiskIT.assertWhole(out.resolve(id));
                built.add(id);
            }
        }
        assertThat(built).as("it stopped writing when the visible process was killed").hasSizeLessThan(ids.size());

        Process again = new ProcessBuilder(build).redirectErrorStream(true).redirectOutput(temp.resolve("again.log").toFile()).start();
        assertThat(again.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(temp.resolve("again.log"))).isZero();
        for (String id : ids) KillAndFullDiskIT.assertWhole(out.resolve(id));
        try (var left = Files.list(out)) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".staging") || f.endsWith(".old"));
        }
    }
}
