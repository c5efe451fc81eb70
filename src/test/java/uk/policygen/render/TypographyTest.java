package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TypographyTest {
    private static Element keep(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Typography.keepTogether(body);
        return body;
    }

    @Test
    void slashedWordsStayWhole() {
        Element body = keep("<p>Concerns and/or updates for parents/carers, not https://www.gov.uk/a/b.</p>");
        assertThat(body.select("span.nowrap:not(.url-part)").eachText()).containsExactly("and/or", "parents/carers,");
        assertThat(body.select("span.url-part").eachText()).containsExactly("https://www.gov.uk/", "a/", "b.");
        assertThat(body.text()).isEqualTo("Concerns and/or updates for parents/carers, not https://www.gov.uk/a/b.");
    }

    @Test
    void aShortQuotedLinkStaysWithItsQuotes() {
        Element body = keep("<p>the DfE '<a href=\"https://x.gov.uk\">Searching, Screening and Confiscation</a>' guidance</p>");
        assertThat(body.selectFirst("span.nowrap").text()).isEqualTo("'Searching, Screening and Confiscation'");
        assertThat(body.text()).isEqualTo("the DfE 'Searching, Screening and Confiscation' guidance");
    }

    @Test
    void aWebAddressBreaksOnlyAfterASlashWithItsBracketsKept() {
        Element body = keep("<p>Ask the service (www.theeducationpeople.org/products/education-safeguarding-team/). Or see https://www.facebook.com/Hythe-Bay-Club-106259.</p>");
        assertThat(body.select("span.nowrap").eachText()).containsExactly("(www.theeducationpeople.org/", "products/", "education-safeguarding-team/).",
                "https://www.facebook.com/", "Hythe-Bay-Club-106259.");
        assertThat(body.select("wbr")).hasSize(3);
        assertThat(body.text()).isEqualTo("Ask the service (www.theeducationpeople.org/products/education-safeguarding-team/). Or see https://www.facebook.com/Hythe-Bay-Club-106259.");
    }

    @Test
    void aLinksTextBreaksOnlyAfterASlashAndItsAddressIsUnchanged() {
        Element body = keep("<p>Club: <a href=\"https://www.facebook.com/Hythe-Bay-Club-106259\">https://www.facebook.com/Hythe-Bay-Club-106259</a></p>");
        assertThat(body.select("a span.nowrap").eachText()).containsExactly("https://www.facebook.com/", "Hythe-Bay-Club-106259");
        assertThat(body.selectFirst("a").attr("href")).isEqualTo("https://www.facebook.com/Hythe-Bay-Club-106259");
    }

    @Test
    void aPartTooLongForAColumnKeepsTheRenderersBreaks() {
        String part = "a-very-long-name-".repeat(5);
        Element body = keep("<p>https://example.org/" + part + "</p>");
        assertThat(body.select("span.nowrap").eachText()).containsExactly("https://example.org/");
        assertThat(body.text()).isEqualTo("https://example.org/" + part);
    }

    @Test
    void bracketsStayWithSlashedWordsAndShortAddresses() {
        Element body = keep("<p>settings (passcode/passwords/PIN numbers) and the Service (<a href=\"https://www.theeducationpeople.org/x/\">www.theeducationpeople.org</a>) or</p>");
        assertThat(body.select("span.nowrap").eachText()).contains("(passcode/passwords/PIN", "(www.theeducationpeople.org)");
        assertThat(body.text()).isEqualTo("settings (passcode/passwords/PIN numbers) and the Service (www.theeducationpeople.org) or");
    }

    @Test
    void aPageIsKeptTogetherOnceOnly() {
        Element body = keep("<p>See www.example.org/a/b and/or 'x'.</p>");
        String once = body.html();
        Typography.keepTogether(body);
        assertThat(body.html()).isEqualTo(once);
    }
}
