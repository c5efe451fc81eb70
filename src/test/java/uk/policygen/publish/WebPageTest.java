package uk.policygen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The web page keeps every word of the printed page and arranges them for a screen. */
class WebPageTest {
    private static final String PRINTED = """
            <html><body>
            <div class="running-header">Test · Policy</div><div class="running-footer">Test</div>
            <header class="cover"><h1>Policy</h1>
            <table class="sign-off"><tr><th>Status</th><td>Ratified</td></tr></table>
            <table class="history"><tr><td>2026</td></tr></table>
            <section class="signatures"><p>Signed</p></section></header>
            <main><section class="glance"><h2>At a glance</h2></section>
            <nav><a href="#s1" title="1 Aims">1 Aims</a> <a href="https://example.org" title="The guidance">gov.uk</a></nav>
            <section class="policy-section" aria-labelledby="s1"><h2 id="s1">1 Aims</h2></section></main>
            </body></html>""";

    private static Document web(String html) {
        return Jsoup.parse(new String(WebPage.of(Jsoup.parse(html)), StandardCharsets.UTF_8));
    }

    @Test
    void theSummaryComesFirstAndTheApprovalFollowsItWithNothingLost() {
        Document web = web(PRINTED);
        assertThat(web.select("main > *").eachAttr("class")).startsWith("glance", "sign-off", "history", "signatures");
        assertThat(web.select("header.cover table, header.cover section")).isEmpty();
        assertThat(web.select(".running-header, .running-footer")).isEmpty();
        assertThat(web.text()).contains("Status Ratified", "Signed", "At a glance", "1 Aims");
    }

    @Test
    void aLinkKeepsOnlyATitleThatSaysMoreThanItsText() {
        Document web = web(PRINTED);
        assertThat(web.select("a[href=#s1]").attr("title")).isEmpty();
        assertThat(web.select("a[href^=https]").attr("title")).isEqualTo("The guidance");
        assertThat(web.select("section.policy-section").attr("aria-labelledby")).isEmpty();
    }

    @Test
    void aPageWithoutASummaryStartsWithItsApproval() {
        Document web = web(PRINTED.replace("<section class=\"glance\"><h2>At a glance</h2></section>", ""));
        assertThat(web.select("main > *").eachAttr("class")).startsWith("sign-off", "history", "signatures");
    }
}
