package uk.policygen.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.policygen.Policygen;
import uk.policygen.profile.Problem;

/**
 * What a command tells the user, and the exit code it follows from. As text: each problem on
 * standard error as {@code file:line:column: error: field: message} (the shape editors and CI
 * tools recognise), other lines and a closing count on standard output, and on a terminal a
 * progress line (n of N, time left). As JSON: one document on standard output at the end.
 */
final class Report {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean json;
    private final boolean progress;
    private final long started = System.nanoTime();
    private final List<Map<String, Object>> schools = new ArrayList<>();
    private final List<Map<String, Object>> problems = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    /** Problem lines already printed: one in a shared layer comes with every school that uses the layer. */
    private final java.util.Set<String> printed = new java.util.HashSet<>();
    private boolean progressShown;
    private int good;
    private int bad;
    private int crashed;

    Report(PrintWriter out, PrintWriter err, boolean quiet, boolean json, boolean terminal) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.json = json;
        this.progress = terminal && !quiet && !json;
    }

    /** For a command run by a person: progress only when standard output is a terminal. */
    static Report of(picocli.CommandLine.Model.CommandSpec spec, Options options, FormatOption format) {
        return new Report(spec.commandLine().getOut(), spec.commandLine().getErr(), options.quiet,
                format != null && format.json(), System.console() != null);
    }

    void problems(List<Problem> list) {
        for (Problem p : list) {
            if (json) {
                problems.add(asJson(p));
            } else {
                // A trust's shared layer is read for each of its schools: the same line six hundred times
                // would bury each school's own. The first school that meets it shows it, once.
                String line = line(p);
                if (!printed.add(line)) continue;
                clearProgress();
                err.println(line);
            }
        }
    }

    /** {@code schools/x.yml:23:18: error: review.next_review: …}; a tag on every line, errors too. */
    static String line(Problem p) {
        String field = p.field().isEmpty() ? "" : p.field() + ": ";
        return p.at() + ": " + (p.isError() ? "error: " : "warning: ") + field + p.message();
    }

    static Map<String, Object> asJson(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.at().file());
        m.put("line", p.at().line());
        m.put("column", p.at().column());
        m.put("field", p.field());
        m.put("severity", p.isError() ? "error" : "warning");
        m.put("message", p.message());
        return m;
    }

    /** A line for people; dropped with --quiet or --format json. */
    void line(String s) {
        if (quiet || json) return;
        clearProgress();
        out.println(s);
    }

    /** Something extra for the JSON document (the review table, say). */
    void json(String key, Object value) {
        extra.put(key, value);
    }

    /** One school is done: counted for the closing line and listed in JSON. */
    void school(String id, String file, boolean ok) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("file", file);
        m.put("ok", ok);
        schools.add(m);
        if (ok) good++;
        else bad++;
    }

    /** "[3/120] littlebourne, about 2 min left" on one rewritten line; only on a terminal. */
    void progress(int done, int total, String next) {
        if (!progress || total < 2) return;
        err.print("\r" + progressText(done, total, next, Duration.ofNanos(System.nanoTime() - started)) + "\033[K");
        err.flush();
        progressShown = true;
    }

    static String progressText(int done, int total, String next, Duration elapsed) {
        String left = "";
        if (done > 0) {
            long perSchool = elapsed.toMillis() / done;
            left = ", about " + humane(Duration.ofMillis(perSchool * (total - done))) + " left";
        }
        return "[" + (done + 1) + "/" + total + "] " + next + left;
    }

    static String humane(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        if (s < 60) return s + " s";
        long min = s / 60;
        return min < 60 ? min + " min " + (s % 60) + " s" : (min / 60) + " h " + (min % 60) + " min";
    }

    private void clearProgress() {
        if (progressShown) {
            err.print("\r\033[K");
            err.flush();
            progressShown = false;
        }
    }

    int finish() {
        clearProgress();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("tool", Policygen.VERSION);
            doc.put("ok", bad == 0);
            doc.put("errors", problems.stream().filter(p -> p.get("severity").equals("error")).count());
            doc.put("warnings", problems.stream().filter(p -> p.get("severity").equals("warning")).count());
            doc.put("schools", schools);
            doc.put("problems", problems);
            doc.putAll(extra);
            try {
                out.println(JSON.writeValueAsString(doc));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else if (!quiet) {
            out.println(good + " ok, " + bad + " with errors" + (crashed > 0 ? ", " + crashed + " failed with an internal error" : ""));
        }
        out.flush();
        err.flush();
        return crashed > 0 ? Main.CRASH : bad == 0 ? Main.OK : Main.INVALID;
    }

    /** policygen itself failed on one school; the others are still built. */
    void crashed() {
        crashed++;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
}
