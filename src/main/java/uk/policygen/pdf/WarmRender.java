package uk.policygen.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * For {@code scripts/benchmark}, not for users: prints a page again and again in one process and
 * reports the cost of one PDF once the JIT has warmed up, as thread CPU time (which other work on
 * a busy machine inflates far less than wall time) and wall time.
 * <pre>java -cp policygen.jar uk.policygen.pdf.WarmRender page.html pdf.css WARM-UP TIMED</pre>
 *
 * <p>Warm means the JIT compilers have all but finished with the renderer's code: the page is
 * printed in rounds of ten until the compilers spend less than a tenth of a round's time (at most
 * WARM-UP prints). On 2 cores that took 300-400 prints of a 13-page policy: after the fixed 40 used
 * before, the optimising compiler still used a second of CPU per round of ten, and the code it had
 * not yet compiled ran in the quick compiler's code (91 ms median against 69 ms after 400).
 */
public final class WarmRender {
    private WarmRender() {
    }

    public static void main(String[] args) throws IOException, PdfWriter.RenderWarning {
        Document html = Jsoup.parse(Files.readString(Path.of(args[0])));
        html.outputSettings().prettyPrint(false);
        String css = Files.readString(Path.of(args[1]));
        int warm = Integer.parseInt(args[2]);
        int timed = Integer.parseInt(args[3]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LocalDate date = LocalDate.of(2026, 1, 1);
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int printed = 0;
        while (printed < warm) {
            long compiled = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            for (int i = 0; i < 10; i++) PdfWriter.write(html, css, List.of(), date);
            printed += 10;
            long roundMs = (System.nanoTime() - started) / 1_000_000;
            if (printed >= 20 && (jit.getTotalCompilationTime() - compiled) * 10 < roundMs) break;
        }
        System.out.println("warm after " + printed + " prints (" + jit.getTotalCompilationTime() + " ms of JIT compilation in all)");
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int i = 0; i < timed; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            PdfWriter.write(html, css, List.of(), date);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
            wall.add((System.nanoTime() - w) / 1e6);
        }
        System.out.println("warm PDF, thread CPU ms (min/median/max): " + summary(cpu));
        System.out.println("warm PDF, wall ms       (min/median/max): " + summary(wall));
    }

    private static String summary(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", s.get(0), s.get(s.size() / 2), s.get(s.size() - 1));
    }
}
