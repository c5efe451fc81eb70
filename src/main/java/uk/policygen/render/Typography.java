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
 * "parent/carer" stay whole, a short quoted link stays with its quotes ("DfE '⏎Searching…'"
 * was the fault), and a web address breaks only after a slash, never at a hyphen or a dot
 * ("…Childrens-Centre-⏎Out-of-School…", "(www.⏎theeducationpeople…" were the faults), its brackets
 * and quotes kept with it. Only the page's structure changes, never its words.
 */
public final class Typography {
    private static final Pattern SLASHED = Pattern.compile("(?<![\\w/.:])[A-Za-z]+(?:/[A-Za-z]+)+(?![\\w/])");
    private static final String OPENING = "'‘\"“(";
    private static final String CLOSING = "'’\"”)";
    /** Longer link texts may need to wrap on a phone; they keep their own break opportunities. */
    private static final int SHORT_LINK = 48;

    private Typography() {
    }

    /** Every part of a finished page: the policy's text, its key details, a form, a changes report. */
    public static void page(org.jsoup.nodes.Document doc) {
        keepTogether(doc.body());
    }

    static void keepTogether(Element root) {
        List<TextNode> all = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e.hasClass("nowrap") || e.parents().stream().anyMatch(p -> p.hasClass("nowrap"))) continue;
            if (e.tagName().equals("script") || e.tagName().equals("style")) continue;
            all.addAll(e.textNodes());
        }
        for (TextNode t : all) webAddresses(t);
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

    /** A web address: a scheme or "www.", then anything but spaces, brackets and quotes. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"“”‘’()\\[\\]]+");
    private static final String TRAILING = ".,;:!?'";
    /** A part longer than this may be wider than a table's column: it keeps the renderer's own breaks. */
    private static final int LONGEST_PART = 72;

    /**
     * "(www.example.org/a-b/c)" becomes parts that each stay on one line, "(www.example.org/",
     * "a-b/", "c)", with a break opportunity ({@code <wbr>}) after each slash: the address breaks
     * only there, and its brackets and quotes stay with it.
     */
    private static void webAddresses(TextNode t) {
        String text = t.getWholeText();
        Matcher m = WEB_ADDRESS.matcher(text);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            int start = m.start(), end = m.end();
            while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) end--;
            int from = start, to = end;
            while (from > at && (OPENING + "<[").indexOf(text.charAt(from - 1)) >= 0) from--;
            while (to < text.length() && (CLOSING + ">]").indexOf(text.charAt(to)) >= 0) to++;
            if (to < text.length() && TRAILING.indexOf(text.charAt(to)) >= 0 && (to + 1 == text.length() || Character.isWhitespace(text.charAt(to + 1)))) to++;
            List<String> pieces = new ArrayList<>();
            int scheme = text.indexOf("://", start);
            int after = scheme >= 0 && scheme < end ? scheme + 3 : start;
            int piece = from;
            for (int i = after; i < end - 1; i++) {
                if (text.charAt(i) == '/' && text.charAt(i + 1) != '/') {
                    pieces.add(text.substring(piece, i + 1));
                    piece = i + 1;
                }
            }
            pieces.add(text.substring(piece, to));
            if (from > at) parts.add(new TextNode(text.substring(at, from)));
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) parts.add(new Element("wbr"));
                String p = pieces.get(i);
                parts.add(p.length() > LONGEST_PART ? new TextNode(p) : new Element("span").addClass("nowrap").addClass("url-part").text(p));
            }
            at = to;
            m.region(to, text.length());
        }
        if (parts.isEmpty()) return;
        if (at < text.length()) parts.add(new TextNode(text.substring(at)));
        for (Node p : parts) t.before(p);
        t.remove();
    }

    /** 'Searching, Screening and Confiscation' stays with its opening and closing quote marks. */
    private static void quoteWithLink(Element a) {
        if (a.parent() != null && a.parent().hasClass("nowrap")) return;
        // A longer link, or an address that breaks after its slashes, keeps its own break opportunities.
        if (a.text().length() > SHORT_LINK || !a.select("wbr").isEmpty()) return;
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
            // An opening bracket or quote before the words, and closing marks and punctuation after, stay
            // with them (the PDF renderer may break where a span ends, even before a comma).
            int from = m.start() > at && OPENING.indexOf(text.charAt(m.start() - 1)) >= 0 ? m.start() - 1 : m.start();
            int to = m.end();
            while (to < text.length() && (CLOSING + ".,;:!?").indexOf(text.charAt(to)) >= 0) to++;
            if (from > at) parts.add(new TextNode(text.substring(at, from)));
            parts.add(new Element("span").addClass("nowrap").text(text.substring(from, to)));
            at = to;
        } while (m.find());
        if (at < text.length()) parts.add(new TextNode(text.substring(at)));
        for (Node p : parts) t.before(p);
        t.remove();
    }
}
