package uk.policygen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps punctuation with its words where a line may otherwise break badly: "and/or" and
 * "parent/carer" stay whole, and a short quoted link stays with its quotes ("DfE '⏎Searching…'"
 * was the fault). Only the page's structure changes, never its words.
 */
final class Typography {
    private static final Pattern SLASHED = Pattern.compile("(?<![\\w/.:])[A-Za-z]+(?:/[A-Za-z]+)+(?![\\w/])");
    private static final String OPENING = "'‘\"“(";
    private static final String CLOSING = "'’\"”)";
    /** Longer link texts may need to wrap on a phone; they keep their own break opportunities. */
    private static final int SHORT_LINK = 48;

    private Typography() {
    }

    static void keepTogether(Element root) {
        for (Element a : new ArrayList<>(root.select("a"))) quoteWithLink(a);
        List<TextNode> texts = new ArrayList<>();
        collect(root, texts);
        for (TextNode t : texts) slashes(t);
    }

    private static void collect(Node node, List<TextNode> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
            } else if (child instanceof Element e && !e.tagName().equals("a") && !e.hasClass("nowrap")) {
                collect(e, out);
            }
        }
    }

    /** 'Searching, Screening and Confiscation' stays with its opening and closing quote marks. */
    private static void quoteWithLink(Element a) {
        if (a.text().length() > SHORT_LINK || a.text().contains("://") || a.text().startsWith("www.")) return;
        if (!(a.previousSibling() instanceof TextNode before) || !(a.nextSibling() instanceof TextNode after)) return;
        String b = before.getWholeText(), f = after.getWholeText();
        if (b.isEmpty() || f.isEmpty() || OPENING.indexOf(b.charAt(b.length() - 1)) < 0 || CLOSING.indexOf(f.charAt(0)) < 0) return;
        Element keep = new Element("span").addClass("nowrap");
        a.before(keep);
        before.text(b.substring(0, b.length() - 1));
        after.text(f.substring(1));
        keep.appendText(b.substring(b.length() - 1));
        keep.appendChild(a);
        keep.appendText(f.substring(0, 1));
    }

    private static void slashes(TextNode t) {
        String text = t.getWholeText();
        Matcher m = SLASHED.matcher(text);
        if (!m.find()) return;
        List<Node> parts = new ArrayList<>();
        int at = 0;
        do {
            if (m.start() > at) parts.add(new TextNode(text.substring(at, m.start())));
            parts.add(new Element("span").addClass("nowrap").text(m.group()));
            at = m.end();
        } while (m.find());
        if (at < text.length()) parts.add(new TextNode(text.substring(at)));
        for (Node p : parts) t.before(p);
        t.remove();
    }
}
