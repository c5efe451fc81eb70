package uk.policygen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import uk.policygen.publish.PackBuilder;

/**
 * The whole tool in two calls, as the README uses it:
 * <pre>
 * List&lt;PackBuilder.Outcome&gt; built = Policygen.build(Path.of("schools"), Path.of("templates"), Path.of("output"));
 * PackBuilder.Outcome checked = Policygen.check(Path.of("schools"), Path.of("templates"), Path.of("schools/littlebourne.yml"));
 * </pre>
 * The command line ({@code uk.policygen.cli}) adds options and reporting on top of the same parts.
 */
public final class Policygen {
    /** Recorded in every ratified archive, so a record says what wrote it: "policygen 0.1.0". */
    public static final String VERSION = "policygen " + version();
    /** Rendering is CPU-bound; beyond the cores there is only more memory in use. */
    static final int MAX_WORKERS = 4;
    static final int PARALLEL_FROM = 8;

    private Policygen() {
    }

    /**
     * The version number, from pom.xml (Maven writes it into {@code uk/policygen/policygen.properties}
     * when it builds), so it is written in one place.
     */
    public static String version() {
        try (InputStream in = Policygen.class.getResourceAsStream("policygen.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version", "");
            // Run from an IDE that skips Maven's resource filtering: say so rather than print a placeholder.
            return v.isEmpty() || v.startsWith("${") ? "(development build)" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds every profile in {@code schools} into {@code out}, checking review dates as at today. */
    public static List<PackBuilder.Outcome> build(Path schools, Path templates, Path out) throws IOException {
        Supplier<PackBuilder> builders = () -> new PackBuilder(schools, templates, out, LocalDate.now());
        List<PackBuilder.Outcome> outcomes = new ArrayList<>();
        for (PackBuilder.Outcome o : build(builders, builders.get().loader().allProfiles())) outcomes.add(o);
        return outcomes;
    }

    /**
     * Builds the profiles, on a bounded pool when there are enough of them to pay for it (see
     * {@link #workersFor}). The outcomes come back in the order of {@code profiles}, each as soon as
     * it and those before it are done, so messages print in a stable order while later schools render.
     */
    public static Iterable<PackBuilder.Outcome> build(Supplier<PackBuilder> builders, List<Path> profiles) {
        return build(builders, profiles, workersFor(profiles.size()));
    }

    /**
     * One worker per core (at most {@value #MAX_WORKERS}) for {@value #PARALLEL_FROM} profiles or more,
     * else one; {@code -Dpolicygen.workers=N} overrides. Measured on 2 busy cores: the five seed
     * schools took longer on two workers (each worker parses its own templates and fonts, and
     * start-up work collides), 20 schools 15% less wall time for the same CPU.
     */
    static int workersFor(int profiles) {
        Integer chosen = Integer.getInteger("policygen.workers");
        if (chosen != null) return Math.max(1, chosen);
        return profiles < PARALLEL_FROM ? 1 : Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors());
    }

    /** Nothing, except in the tests that plant a fault inside one school's build to check how a crash is reported. */
    static java.util.function.Consumer<Path> faultBeforeBuilding = profile -> { };

    /** One school; a bug met on its input fails that school alone (reported with the exception), and the run goes on. */
    static PackBuilder.Outcome safely(PackBuilder builder, Path profile) {
        return finishSafely(startSafely(builder, profile), profile);
    }

    /** One school begun ({@link PackBuilder#start}), safely as above. */
    private static PackBuilder.Started startSafely(PackBuilder builder, Path profile) {
        try {
            faultBeforeBuilding.accept(profile);
            return builder.start(profile);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | AssertionError e) {
            return () -> PackBuilder.Outcome.crashed(profile, e);
        }
    }

    private static PackBuilder.Outcome finishSafely(PackBuilder.Started started, Path profile) {
        try {
            return started.finish();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | AssertionError e) {
            return PackBuilder.Outcome.crashed(profile, e);
        }
    }

    /**
     * The schools built in turn on this thread, each begun before the one before it is finished: its web
     * pages are written while that school's PDFs print on the helper, which would otherwise wait for
     * them. (Before, the helper stood idle for 0.15-0.3 s at each change of school.)
     */
    private static Iterator<PackBuilder.Outcome> oneAhead(PackBuilder builder, List<Path> profiles) {
        return new Iterator<>() {
            int next;
            PackBuilder.Started ahead;

            @Override
            public boolean hasNext() {
                return next < profiles.size();
            }

            @Override
            public PackBuilder.Outcome next() {
                if (!hasNext()) throw new NoSuchElementException();
                Path profile = profiles.get(next++);
                PackBuilder.Started current = ahead != null ? ahead : startSafely(builder, profile);
                try {
                    ahead = hasNext() ? startSafely(builder, profiles.get(next)) : null;
                } catch (Error e) {
                    // One startSafely does not catch (a class that cannot be loaded, say) ends the run, as it
                    // always did, but only once the school before it is finished and reported.
                    ahead = () -> {
                        throw e;
                    };
                }
                return finishSafely(current, profile);
            }
        };
    }

    /**
     * Builds the profiles with {@code workers} threads, each with its own builder (template caches
     * and renderers are not shared between threads); each school's files are the same bytes as when
     * built alone.
     */
    public static Iterable<PackBuilder.Outcome> build(Supplier<PackBuilder> builders, List<Path> profiles, int workers) {
        if (workers <= 1 || profiles.size() <= 1) {
            PackBuilder builder = builders.get();
            return () -> oneAhead(builder, profiles);
        }
        return () -> {
            ThreadLocal<PackBuilder> own = ThreadLocal.withInitial(builders);
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, profiles.size()), r -> {
                Thread t = new Thread(r, "policygen-build");
                t.setDaemon(true); // an abandoned build never keeps the JVM alive
                return t;
            });
            List<Future<PackBuilder.Outcome>> pending = new ArrayList<>();
            for (Path profile : profiles) pending.add(pool.submit(() -> safely(own.get(), profile)));
            pool.shutdown();
            return new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < pending.size();
                }

                @Override
                public PackBuilder.Outcome next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    try {
                        return pending.get(next++).get();
                    } catch (InterruptedException e) {
                        pool.shutdownNow();
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("the build was interrupted", e);
                    } catch (ExecutionException e) {
                        pool.shutdownNow();
                        if (e.getCause() instanceof RuntimeException r) throw r;
                        if (e.getCause() instanceof Error err) throw err;
                        throw new IllegalStateException(e.getCause());
                    }
                }
            };
        };
    }

    /**
     * Checks one profile as {@code policygen check} does (the profile and its layers, its records, and
     * its pages rendered through the templates in its lookup order); writes nothing.
     */
    public static PackBuilder.Outcome check(Path schools, Path templates, Path profile) {
        return new PackBuilder(schools, templates, Path.of("output"), LocalDate.now()).check(profile);
    }
}
