package uk.policygen.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Web pages checked in headless Chromium at phone (375px) and desktop (1280px) widths: no page
 * scrolls sideways, no text beyond the right edge, no text printed over other text. All pages go
 * into one harness page of iframes, so Chromium starts once.
 */
final class HtmlLayoutCheck {
    static final int[] WIDTHS = {375, 1280};

    private HtmlLayoutCheck() {
    }

    /** The Chromium on this machine, if any (the check is skipped without one). */
    static Optional<String> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    /** Every fault in the given pages, labelled "width file: what". */
    static List<String> faults(String chromium, List<Path> pages, Path work) throws IOException, InterruptedException {
        StringBuilder harness = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>check</title></head><body>\n");
        for (int w : WIDTHS) {
            for (Path page : pages) {
                harness.append("<iframe src=\"").append(page.toUri()).append("\" data-label=\"").append(w).append(' ')
                        .append(page.getParent().getFileName()).append('/').append(page.getFileName())
                        .append("\" style=\"width:").append(w).append("px;height:900px;border:0;display:block\"></iframe>\n");
            }
        }
        try (InputStream js = HtmlLayoutCheck.class.getResourceAsStream("html-layout.js")) {
            harness.append("<script>").append(new String(js.readAllBytes(), StandardCharsets.UTF_8)).append("</script></body></html>");
        }
        Path file = work.resolve("layout-harness.html");
        Files.writeString(file, harness);
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--allow-file-access-from-files", "--user-data-dir=" + profile, "--window-size=1400,900",
                "--dump-dom", file.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish in 120 s");
        }
        Matcher m = Pattern.compile("CHECKED (\\d+) FAULTS (\\[.*?\\])</pre>", Pattern.DOTALL).matcher(dom);
        if (!m.find()) throw new IllegalStateException("Chromium returned no result: " + dom.substring(0, Math.min(400, dom.length())));
        int checked = Integer.parseInt(m.group(1));
        if (checked != pages.size() * WIDTHS.length) throw new IllegalStateException("checked " + checked + " frames, expected " + pages.size() * WIDTHS.length);
        String json = org.jsoup.parser.Parser.unescapeEntities(m.group(2), false);
        List<String> out = new ArrayList<>();
        for (var node : new ObjectMapper().readTree(json)) out.add(node.asText());
        return out;
    }
}
