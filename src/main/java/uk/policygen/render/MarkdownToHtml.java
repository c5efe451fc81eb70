package uk.policygen.render;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Markdown to an HTML fragment, safe to publish: raw HTML in the Markdown is escaped (never
 * passed through), links keep only web, mailto: and tel: addresses, and images become their
 * alternative text so a page never makes an outside request.
 */
public final class MarkdownToHtml {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownToHtml() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(TablesExtension.CLASS_NAME, "local-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The fragment's elements under a {@code <body>} to work on. */
    public Element render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element a : doc.select("a")) {
            String href = a.attr("href");
            if (!Fmt.isSafe(href)) {
                a.unwrap();
            } else {
                a.attr("title", a.text()); // PDF/UA wants every link described
            }
        }
        for (Element img : doc.select("img")) {
            img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt")));
        }
        return doc.body();
    }
}
