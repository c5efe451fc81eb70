package uk.policygen.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs policygen in a JVM suited to a build of a few schools. Most of a small build's CPU went to
 * the optimising JIT compiler, whose work pays back only after ~150 schools in one process; the
 * quick compiler alone ({@code -XX:TieredStopAtLevel=1}) halved the CPU of the seed build
 * (12.2-13.5 s to 5.8-7.4 s) and the serial collector cut its peak memory by a third (see
 * docs/PERFORMANCE.md). {@code java -jar} cannot set JVM options, so the jar starts itself again
 * with them, once. It does not when the user chose JVM options of this kind, attached an agent or
 * a recording, or said {@code -Dpolicygen.jvm=as-is}.
 *
 * <p>A build of more than {@value #LARGE_BUILD} schools runs on the quick compiler and the serial
 * collector too, but keeps the compiler's usual inlining, which pays over hundreds of schools. On the
 * JVM's own choices (the optimising compiler, G1) 200 schools on a quiet 2-core machine took 89.8 s
 * wall, 177.9 s CPU and 540 MB; with these, 73.0 s, 138.9 s and 494 MB: the optimising compiler kept
 * recompiling the renderer's code on the second core the build needed. Every JVM this starts is also
 * given {@code MALLOC_ARENA_MAX=2} (unless the user set it), so the C library does not reserve an
 * arena of native memory per thread.
 *
 * <p>The lean JVM also maps the classes it needs from a class-data-sharing archive,
 * {@code policygen.jsa} beside the jar, when there is one: a rebuild loads ~3,400 classes, and
 * mapping them instead of loading and verifying them cut its CPU by a fifth. {@code mvn package} writes the archive by building
 * the seed schools once with {@code -Dpolicygen.cds=dump}: that build lists every class it loads, and
 * the JVM then writes them all, the JDK's own included, into one archive. (An archive written at the
 * end of a run, on top of the JDK's, cannot hold picocli, whose classes are of Java 5: loading them
 * took 30-60 ms of every run's 260-290 ms before a command began.) The JVM
 * checks that the archive was made from this very jar (path, size and time) and by this very JVM,
 * and quietly ignores it otherwise, so a stale or foreign archive costs only the time it would have saved.
 */
final class LeanJvm {
    static final int LARGE_BUILD = 150;
    private static final String RELAUNCHED = "policygen.relaunched";
    /** The process id of the JVM that started this one, given to it so that it ends when that one has gone. */
    private static final String PARENT = "policygen.parent";
    /** How often the started JVM looks whether its parent is still there: reading one line of /proc, four times a second. */
    static final long PARENT_CHECK_MS = 250;
    /** {@code -Dpolicygen.cds=dump}: run as usual, listing the classes loaded, then write the class archive of them (at package time). */
    private static final String CDS = "policygen.cds";
    private static final List<String> USER_CHOSE = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "GC",
            "-agentlib", "-agentpath", "-javaagent", "-Xdebug", "StartFlightRecording");

    private LeanJvm() {
    }

    /** The exit code of policygen run in a lean JVM, or empty when it should run in this one. */
    static OptionalInt relaunch(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED)) {
            endWithParent();
            return OptionalInt.empty();
        }
        if ("as-is".equals(System.getProperty("policygen.jvm"))) return OptionalInt.empty();
        // This JVM only starts the next, so what it runs here is written for a cold start: loops rather
        // than streams, whose classes are loaded the first time (the JDK's management beans below load
        // their own all the same). Measured, it makes no difference to see: the JVM's own start is the cost.
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean reflectionChosen = false;
        for (String a : jvmArgs) {
            for (String chosen : USER_CHOSE) {
                if (a.contains(chosen)) return OptionalInt.empty();
            }
            if (a.startsWith("-Dsun.reflect.")) reflectionChosen = true;
        }
        boolean dump = "dump".equals(System.getProperty(CDS));
        boolean large = !dump && profiles(args) > LARGE_BUILD;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        // The quick compiler inlining only small methods: much of a small build's CPU is compiling, not
        // running, code; one changed school took 2.6 s CPU against 2.9 s (cold seed build: no worse).
        if (!large) command.add("-XX:C1MaxInlineSize=15");
        // Java 17 writes a class for each method the templates and profiles reach by reflection once it has
        // been called 15 times (115 classes in the seed build), which a small build does not make up for.
        // Large builds keep them: a call through such a class is quicker than through the JVM's native path.
        if (!large && !reflectionChosen) command.add("-Dsun.reflect.inflationThreshold=1000000");
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        Optional<Path> jar = jar();
        Path classList = null;
        if (jar.isPresent()) {
            Path archive = archive(jar.get());
            if (dump) {
                classList = archive.resolveSibling(archive.getFileName() + ".classes");
                // Sharing off: every class is then listed as it is loaded, the JDK's as well as ours.
                command.add("-Xshare:off");
                command.add("-XX:DumpLoadedClassList=" + classList);
            } else if (usable(archive, jar.get())) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            // The JVM's notes on classes it cannot archive, or on an archive it cannot use, are not the user's concern.
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.add("-cp");
        // The archive names the jar by the path it was made with: always the jar's real path.
        command.add(jar.map(Path::toString).orElse(System.getProperty("java.class.path")));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            child = builder.start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty(); // cannot start a JVM: run in this one, only slower
        }
        int exit = waitFor(child);
        if (classList != null && Files.isRegularFile(classList)) {
            int wrote = writeArchive(command.get(0), classList, archive(jar.get()), jar.get());
            if (exit == Main.OK) exit = wrote;
            try {
                Files.deleteIfExists(classList);
            } catch (IOException e) {
                // a leftover list beside the jar harms nothing
            }
        }
        return OptionalInt.of(exit);
    }

    /**
     * In the JVM started here: ends it as soon as the JVM that started it has gone. That one is the process the user
     * sees; killed ({@code kill -9}, or its window closed) it cannot stop this one, which went on building and writing
     * with no one to see it or to stop it. A watcher on a daemon thread halts this JVM when its parent is no longer
     * alive (or was gone before it looked: it has then been handed to another parent). A halt is as safe for the files
     * as the kill -9 that the output folder and the record are built for: each is written beside its place and renamed
     * into it whole, and what a stop leaves over is finished or cleared by the next run.
     */
    private static void endWithParent() {
        long started;
        try {
            started = Long.parseLong(System.getProperty(PARENT, ""));
        } catch (NumberFormatException e) {
            return; // not started by policygen (run with -Dpolicygen.relaunched=true by hand): there is no parent to follow
        }
        if (!parentIs(started)) Runtime.getRuntime().halt(Main.ABANDONED);
        Thread watch = new Thread(() -> {
            while (parentIs(started)) {
                try {
                    Thread.sleep(PARENT_CHECK_MS);
                } catch (InterruptedException e) {
                    // keep watching: only the parent's end ends this JVM early
                }
            }
            Runtime.getRuntime().halt(Main.ABANDONED);
        }, "policygen-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * Whether the JVM that started this one is still its parent. A process that ends hands its children to another
     * parent at once, before anyone collects its exit status (until then it still counts as alive), so the parent's
     * id is asked afresh each time (on Windows, which keeps the first parent's id, its end makes it absent).
     */
    private static boolean parentIs(long pid) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        return parent.isPresent() && parent.get().pid() == pid && parent.get().isAlive();
    }

    private static int waitFor(Process child) {
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    child.destroy();
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // already shutting down: the hook has run
            }
        }
    }

    /** Writes the archive of the classes the training build listed, as the lean JVM will map it (serial collector). */
    private static int writeArchive(String java, Path classList, Path archive, Path jar) {
        List<String> command = List.of(java, "-XX:+UseSerialGC", "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", jar.toString());
        int exit;
        try {
            exit = waitFor(new ProcessBuilder(command).inheritIO().start());
        } catch (IOException e) {
            exit = 1;
        }
        if (exit != Main.OK) {
            try {
                Files.deleteIfExists(archive); // half-written, it would be offered to every run
            } catch (IOException e) {
                // the JVM ignores an archive it cannot use
            }
        }
        return exit;
    }

    /** The jar this runs from, by its real path; empty when run from a class folder or with more on the class path. */
    static Optional<Path> jar() {
        try {
            CodeSource source = LeanJvm.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path where = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(where)) return Optional.empty();
            Path real = where.toRealPath();
            Path classPath = Path.of(System.getProperty("java.class.path")).toRealPath();
            return real.equals(classPath) ? Optional.of(real) : Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code policygen.jsa} beside {@code policygen.jar}. */
    static Path archive(Path jar) {
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
    }

    /** An archive written after the jar (one written before it was certainly made from another jar). */
    private static boolean usable(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
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
        try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(schools), "*.yml")) {
            long n = 0;
            for (Path f : files) n++;
            return n;
        } catch (IOException | RuntimeException e) {
            return 0; // the build itself will report the folder
        }
    }
}
