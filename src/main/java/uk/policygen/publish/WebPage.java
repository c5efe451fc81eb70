package uk.policygen.publish;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The web page of a rendered document: the same HTML the PDF is made from, arranged for a reader on a
 * screen rather than on paper. The words are the same; only what exists for the printed page goes.
 */
final class WebPage {
    private WebPage() {}

    static byte[] of(Document printable) {
        Document web = printable.clone();
        // The running header and footer exist only on the printed page. Left in, they would be hidden text that search
        // engines index, copy-and-paste picks up and the page says twice (the draft notice).
        web.select(".running-header, .running-footer").remove();
        summaryFirst(web);
        // A link's title repeats its text for PDF/UA, which wants every link described; a screen reader reads it twice.
        for (Element a : web.select("a[title]")) {
            if (a.attr("title").strip().equals(a.text().strip())) a.removeAttr("title");
        }
        // Each numbered section named as a region makes a screen reader's list of landmarks as long as the contents.
        web.select("section.policy-section[aria-labelledby]").removeAttr("aria-labelledby");
        return web.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * On paper the cover carries the approval table, the version history and the lines for signatures; on a phone
     * they filled the first screens, above the summary a parent came for. The web page gives the summary first.
     */
    private static void summaryFirst(Document web) {
        Element main = web.selectFirst("body > main");
        if (main == null) return;
        Element glance = main.selectFirst("> section.glance");
        Element after = glance;
        for (Element block : web.select("header.cover > table.sign-off, header.cover > table.history, header.cover > section.signatures")) {
            block.remove();
            if (after == null) main.prependChild(block);
            else after.after(block);
            after = block;
        }
    }
}
