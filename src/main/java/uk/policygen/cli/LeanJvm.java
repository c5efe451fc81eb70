package uk.policygen.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Runs policygen in a JVM suited to a build of a few schools. Most of a small build's CPU went to
 * the optimising JIT compiler, whose work pays back only after ~150 schools in one process; the
 * quick compiler alone ({@code -XX:TieredStopAtLevel=1}) halved the CPU of the seed build
 * (12.2-13.5 s to 5.8-7.4 s) and the serial collector cut its peak memory by a third (see
 * docs/PERFORMANCE.md). {@code java -jar} cannot set JVM options, so the jar starts itself again
 * with them, once. It does not when the user chose JVM options of this kind, attached an agent or
 * a recording, or said {@code -Dpolicygen.jvm=as-is}, nor for a build of more schools than that.
 */
final class LeanJvm {
    static final int LARGE_BUILD = 150;
    private static final String RELAUNCHED = "policygen.relaunched";
    private static final List<String> USER_CHOSE = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "GC",
            "-agentlib", "-agentpath", "-javaagent", "-Xdebug", "StartFlightRecording");

    private LeanJvm() {
    }

    /** The exit code of policygen run in a lean JVM, or empty when it should run in this one. */
    static OptionalInt relaunch(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED) || "as-is".equals(System.getProperty("policygen.jvm"))) return OptionalInt.empty();
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvmArgs.stream().anyMatch(a -> USER_CHOSE.stream().anyMatch(a::contains))) return OptionalInt.empty();
        if (profiles(args) > LARGE_BUILD) return OptionalInt.empty();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmArgs);
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty(); // cannot start a JVM: run in this one, only slower
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    /** How many profiles a {@code build} would read (0 for other commands), from {@code --schools} or its default. */
    private static long profiles(String[] args) {
        if (args.length == 0 || !List.of(args).contains("build")) return 0;
        String schools = "schools";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--schools") && i + 1 < args.length) schools = args[i + 1];
            else if (args[i].startsWith("--schools=")) schools = args[i].substring("--schools=".length());
        }
        try (Stream<Path> files = Files.list(Path.of(schools))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml")).count();
        } catch (IOException | RuntimeException e) {
            return 0; // the build itself will report the folder
        }
    }
}
