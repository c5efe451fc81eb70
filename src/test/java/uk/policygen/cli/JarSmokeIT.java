package uk.policygen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's promise: the built jar, run as a user runs it, writes every seed school's pack. */
class JarSmokeIT {
    @TempDir
    Path temp;

    @Test
    void theJarKnowsItsVersionFromThePom() throws IOException, InterruptedException {
        Path jar = Path.of("target/policygen.jar").toAbsolutePath();
        Path log = temp.resolve("version.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--version")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceFirst("(?s)^.*?<artifactId>policygen</artifactId>\\s*<version>([^<]+)</version>.*$", "$1");
        assertThat(Files.readString(log, StandardCharsets.UTF_8).strip()).isEqualTo("policygen " + version);
        assertThat(p.exitValue()).isZero();
    }

    /**
     * The lean JVM maps its classes from the archive {@code mvn package} wrote, picocli's (Java 5
     * classes, which an archive written at exit cannot hold) among them.
     */
    @Test
    void theJarStartsFromItsClassArchive() throws IOException, InterruptedException {
        Path jar = Path.of("target/policygen.jar").toAbsolutePath();
        assumeTrue(!Boolean.getBoolean("policygen.cds.skip"), "packaged with -Dpolicygen.cds.skip=true");
        assertThat(Path.of("target/policygen.jsa")).as("the class archive mvn package writes").exists();
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + temp.resolve("classes-%p.txt"), "-jar", jar.toString(), "build", "--help"))
                .redirectErrorStream(true).redirectOutput(temp.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> loaded = new java.util.ArrayList<>();
        try (var logs = Files.list(temp)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("classes-")).toList()) {
                loaded.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
            }
        }
        for (String name : List.of("picocli.CommandLine", "uk.policygen.cli.BuildCommand")) {
            assertThat(loaded).as(name).anyMatch(l -> l.contains(" " + name + " source: shared objects file"));
        }
    }

    @Test
    void theJarBuildsEverySchool() throws IOException, InterruptedException {
        Path jar = Path.of("target/policygen.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path out = temp.resolve("output");
        Path log = temp.resolve("log.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "build", "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).contains("5 ok, 0 with errors").doesNotContain("Exception");
        for (String id : List.of("whitstable-seasalter", "littlebourne", "hildenborough", "jubilee", "hythe-bay")) {
            assertThat(out.resolve(id).resolve("index.html")).exists();
            try (var files = Files.list(out.resolve(id))) {
                assertThat(files.map(f -> f.getFileName().toString())).anyMatch(f -> f.endsWith(".pdf"));
            }
        }
    }
}
