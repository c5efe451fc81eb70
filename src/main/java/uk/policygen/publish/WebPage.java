package uk.policygen.publish;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;

/**
 * The web page of a rendered document: the same HTML the PDF is made from, without the running
 * header and footer, which exist only for the printed page. Left in, they would be hidden text
 * that search engines index, copy-and-paste picks up and the page says twice (the draft notice).
 */
final class WebPage {
    private WebPage() {}

    static byte[] of(Document printable) {
        Document web = printable.clone();
        web.select(".running-header, .running-footer").remove();
        return web.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
}
