package uk.policygen.cli;

import java.io.PrintWriter;
import java.util.List;

import uk.policygen.profile.Problem;

/** Prints problems (errors and warnings to stderr) and a closing count; decides the exit code. */
final class Report {
    private final PrintWriter out;
    private final PrintWriter err;
    private int good;
    private int bad;
    private int crashed;

    Report(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void problems(List<Problem> problems) {
        problems.forEach(p -> err.println(p));
    }

    void line(String s) {
        out.println(s);
    }

    void count(boolean ok) {
        if (ok) good++;
        else bad++;
    }

    /** policygen itself failed on one school; the others are still built. */
    void crashed() {
        crashed++;
    }

    int finish() {
        out.println(good + " ok, " + bad + " with errors" + (crashed > 0 ? ", " + crashed + " failed with an internal error" : ""));
        out.flush();
        err.flush();
        return crashed > 0 ? Main.CRASH : bad == 0 ? Main.OK : Main.INVALID;
    }
}
