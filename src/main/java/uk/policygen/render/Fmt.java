package uk.policygen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import freemarker.template.TemplateModelException;

/** Small wording helpers for templates, exposed as {@code fmt}. */
public final class Fmt {
    private static final List<String> SAFE_SCHEMES = List.of("https:", "http:", "mailto:", "tel:");

    /** "pupils'", "children's": see {@link uk.policygen.profile.Words#possessive}. */
    public String possessive(String word) {
        return uk.policygen.profile.Words.possessive(word);
    }

    /** "a, b and c". */
    public String list(List<?> items) {
        return natural(items, "and");
    }

    /** "a, b or c". */
    public String or(List<?> items) {
        return natural(items, "or");
    }

    private static String natural(List<?> items, String last) {
        List<String> s = new ArrayList<>();
        for (Object o : items) s.add(String.valueOf(o));
        if (s.isEmpty()) return "";
        if (s.size() == 1) return s.get(0);
        return String.join(", ", s.subList(0, s.size() - 1)) + " " + last + " " + s.get(s.size() - 1);
    }

    /**
     * A Markdown link whose text is escaped and whose address is kept only when it is a web,
     * mailto: or tel: address; anything else prints as plain text.
     */
    public MarkdownOutputFormat.Markdown link(Object text, Object address) throws TemplateModelException {
        String label = MarkdownOutputFormat.escape(String.valueOf(text));
        String url = String.valueOf(address).strip();
        if (!isSafe(url)) {
            return MarkdownOutputFormat.INSTANCE.fromMarkup(label);
        }
        return MarkdownOutputFormat.INSTANCE.fromMarkup("[" + label + "](<" + url.replace(" ", "%20") + ">)");
    }

    public static boolean isSafe(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return SAFE_SCHEMES.stream().anyMatch(lower::startsWith) && url.chars().noneMatch(c -> c == '<' || c == '>' || c < 32);
    }
}
