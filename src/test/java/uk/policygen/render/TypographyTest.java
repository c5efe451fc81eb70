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
        assertThat(body.select("span.nowrap").eachText()).containsExactly("and/or", "parents/carers");
        assertThat(body.text()).isEqualTo("Concerns and/or updates for parents/carers, not https://www.gov.uk/a/b.");
    }

    @Test
    void aShortQuotedLinkStaysWithItsQuotes() {
        Element body = keep("<p>the DfE '<a href=\"https://x.gov.uk\">Searching, Screening and Confiscation</a>' guidance</p>");
        assertThat(body.selectFirst("span.nowrap").text()).isEqualTo("'Searching, Screening and Confiscation'");
        assertThat(body.text()).isEqualTo("the DfE 'Searching, Screening and Confiscation' guidance");
    }

    @Test
    void aWebAddressKeepsItsBreaks() {
        Element body = keep("<p>(<a href=\"https://www.example.org/a\">www.example.org/a</a>)</p>");
        assertThat(body.select("span.nowrap")).isEmpty();
    }
}
