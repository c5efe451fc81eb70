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

    int finish() {
        out.println(good + " ok, " + bad + " with errors");
        out.flush();
        err.flush();
        return bad == 0 ? Main.OK : Main.INVALID;
    }
}
