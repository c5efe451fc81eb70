package uk.policygen.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The last check before a page is published: it holds no script and nothing that runs or loads
 * active content, whatever a school's layout override wrote. A policy page needs none of it.
 */
public final class PublishedHtml {
    private static final String ACTIVE = "script, iframe, frame, frameset, object, embed, applet, base, portal, "
            + "meta[http-equiv~=(?i)refresh], link[rel~=(?i)^(import|preload|modulepreload|prefetch|prerender)$]";
    /** Parsed once: parsing the query again for every element of every page was 6% of a build. */
    private static final Evaluator ACTIVE_QUERY = QueryParser.parse(ACTIVE);
    private static final Pattern SPACE_AND_CONTROLS = Pattern.compile("[\\s\\x00-\\x1f]");

    private PublishedHtml() {
    }

    /** What in the page would run or load active content, as "file: what"; empty when the page is clean. */
    public static List<String> activeContent(Map<String, byte[]> files) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            for (Element e : Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8)).getAllElements()) {
                if (e.is(ACTIVE_QUERY)) found.add(f.getKey() + ": a <" + e.tagName() + "> element");
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    String value = SPACE_AND_CONTROLS.matcher(a.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                    if (key.startsWith("on")) {
                        found.add(f.getKey() + ": an event handler " + a.getKey() + "= on <" + e.tagName() + ">");
                    } else if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html")
                            || (value.startsWith("data:") && key.equals("href"))) {
                        found.add(f.getKey() + ": a script address in " + a.getKey() + "= on <" + e.tagName() + ">");
                    }
                }
            }
        }
        return found;
    }
}
