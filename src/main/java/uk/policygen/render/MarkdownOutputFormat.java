package uk.policygen.render;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * FreeMarker's auto-escaping for Markdown: every {@code ${…}} in a section template is escaped so
 * that a profile value prints as written. {@code O'Neil & <Sons>} or {@code *star*} cannot become
 * markup, a line break cannot start a new block, and nothing a profile says is read as a link.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markdown> {
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    /** Markdown known to be safe: produced by the escaper or by {@link Fmt}. */
    public static final class Markdown extends CommonTemplateMarkupOutputModel<Markdown> {
        Markdown(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }

    private static final String SYNTAX = "\\`*_{}[]<>()#+-.!|~&";
    /** A line break and the spaces about it (compiled once: every value a template prints passes here). */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\\R\\s*");

    /** Backslash-escapes every ASCII punctuation character Markdown could read as syntax. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String flat = LINE_BREAK.matcher(text).replaceAll(" ");
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == '\u27E6' || c == '\u27E7') continue; // reserved for ClauseDirective's mark
            if (SYNTAX.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markdown newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markdown(plainTextContent, markupContent);
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }
}
