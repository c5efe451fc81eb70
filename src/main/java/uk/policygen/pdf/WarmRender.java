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
        for (int i = 0; i < warm; i++) PdfWriter.write(html, css, List.of(), date);
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
