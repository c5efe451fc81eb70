package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The imported policy against the draft, sentence by sentence, under the draft's sections and numbers. */
class ChangesReportTest {
    static final String DRAFT = """
            <section class="policy-section"><h2 id="aims"><span class="num">1</span> Aims</h2>
            <ol class="clauses"><li><span class="clause-no">1.1</span> This policy keeps learners safe. It applies to all staff.</li>
            <li><span class="clause-no">1.2</span> Phones are handed in to the office.</li></ol></section>
            <section class="policy-section"><h2 id="review"><span class="num">2</span> Review</h2>
            <p>We review this policy every year.</p></section>
            """;

    /** A form's rules are list items: an added or reworded one is a change (every item was once skipped, so none was reported). */
    @Test
    void aFormsAddedAndRewordedListItemsAreChanges() {
        String before = """
            <main><div class="form-body"><h2>Classroom practice</h2><ul><li>I will only use AI tools approved by the school.</li>
            <li>I will keep my passwords private.</li></ul>
            <h2>Compliance</h2><ul><li><p>I will report concerns to the DSL.</p></li></ul></div></main>""";
        String after = """
            <main><div class="form-body"><h2>Classroom practice</h2><ul><li>I will only use AI tools the school has approved, for the purposes it has approved them for.</li>
            <li>I will keep my passwords private.</li></ul>
            <h2>My phone during the school day</h2><ul><li>I will not use my personal mobile phone where pupils can see it.</li></ul>
            <h2>Compliance</h2><ul><li><p>I will report concerns to the DSL at once.</p></li></ul></div></main>""";
        List<ChangesReport.SectionChanges> out = ChangesReport.compareBlocks(before, after);
        assertThat(out).extracting(ChangesReport.SectionChanges::heading)
                .containsExactly("Classroom practice", "My phone during the school day", "Compliance");
        assertThat(out.get(1).status()).isEqualTo("New part");
        assertThat(out.get(0).changes()).singleElement().satisfies(c -> assertThat(c.html()).contains("<ins>"));
    }

    @Test
    void keptSentencesAreCountedAndChangesListedWithTheDraftsNumbers() {
        String imported = """
                1. Policy aims
                - This policy keeps *learners* safe. It applies to all staff and volunteers.
                Phones are banned.
                We review this policy every two years.
                """;
        Map<String, String> drafts = new LinkedHashMap<>();
        drafts.put("Mobile policy", DRAFT);
        List<ChangesReport.TextSectionChanges> out = ChangesReport.againstText(imported, drafts);
        assertThat(out).extracting(ChangesReport.TextSectionChanges::heading).containsExactly("1 Aims", "2 Review");
        ChangesReport.TextSectionChanges aims = out.get(0);
        assertThat(aims.unchanged()).isEqualTo(1);
        assertThat(aims.changes()).extracting(ChangesReport.Change::kind).contains("Reworded", "Added", "Removed");
        assertThat(aims.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("Reworded");
            assertThat(c.where()).isEqualTo("1.1");
            assertThat(c.html()).contains("<del>staff and volunteers.</del>").contains("<ins>staff.</ins>");
        });
        assertThat(aims.changes()).anySatisfy(c -> assertThat(c.html()).isEqualTo("<ins>Phones are handed in to the office.</ins>"));
        assertThat(aims.changes()).anySatisfy(c -> assertThat(c.html()).isEqualTo("<del>Phones are banned.</del>"));
        assertThat(out.get(1).changes()).singleElement().satisfies(c -> assertThat(c.html()).contains("<del>two years.</del>").contains("<ins>year.</ins>"));
    }

    @Test
    void aSentenceTheDraftKeepsInAnotherPlaceIsNeitherAddedNorRemoved() {
        // The earlier policy had its review section first: reading in order, the diff sees the review sentence
        // removed before the aims and added after them. It is the same sentence, so it is counted as kept.
        String imported = """
                We review this policy every year.
                This policy keeps learners safe. It applies to all staff.
                Phones are handed in to the office at the start of each day.
                """;
        List<ChangesReport.TextSectionChanges> out = ChangesReport.againstText(imported, Map.of("Mobile policy", DRAFT));
        assertThat(out.get(1).unchanged()).as("the review sentence, moved").isEqualTo(1);
        assertThat(out).flatExtracting(ChangesReport.TextSectionChanges::changes).extracting(ChangesReport.Change::kind)
                .doesNotContain("Added", "Removed");
        // "at the start of each day" dropped: a change of when, marked as a possible change of rule.
        assertThat(out.get(0).changes()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo("Rule reworded"));
    }

    @Test
    void anAddressMovedFromHttpToHttpsIsTheSameAddress() {
        String draft = """
                <section class="policy-section"><h2 id="aims"><span class="num">1</span> Aims</h2>
                <p>Our page is https://facebook.com/groups/123.</p></section>
                """;
        List<ChangesReport.TextSectionChanges> out = ChangesReport.againstText("Our page is http://www.facebook.com/groups/123.", Map.of("P", draft));
        assertThat(out).flatExtracting(ChangesReport.TextSectionChanges::changes).as("governors would read a removed address as a channel dropped").isEmpty();
        assertThat(out.get(0).unchanged()).isEqualTo(1);
        // A line that was only the address, now printed within a channel's entry.
        String listed = """
                <section class="policy-section"><h2 id="aims"><span class="num">1</span> Aims</h2>
                <p>Our channels are Facebook (for parents and carers of children here) at https://www.facebook.com/groups/123.</p></section>
                """;
        assertThat(ChangesReport.againstText("<http://www.facebook.com/groups/123>", Map.of("P", listed)))
                .flatExtracting(ChangesReport.TextSectionChanges::changes).extracting(ChangesReport.Change::kind).doesNotContain("Removed");
    }

    @Test
    void eachItemOfAListInAClauseIsASentenceOfItsOwn() {
        // The earlier policy printed the list's lead-in and each item on lines of their own; the draft nests them in one
        // clause, and its items start in lower case. Read as one sentence, the lead-in was 'added' and every item 'removed'.
        String draft = """
                <section class="policy-section"><h2 id="learners"><span class="num">7</span> Learners</h2>
                <ol class="clauses"><li><span class="clause-no">7.1</span> Pupils will be advised:
                <ul><li>to use safe passwords.</li><li>how to block and report unwanted communications.</li></ul></li></ol></section>
                """;
        String imported = """
                Pupils will be advised:
                - to use safe passwords.
                - how to block and report unwanted communications.
                """;
        List<ChangesReport.TextSectionChanges> out = ChangesReport.againstText(imported, Map.of("P", draft));
        assertThat(out.get(0).changes()).isEmpty();
        assertThat(out.get(0).unchanged()).isEqualTo(3);
    }

    @Test
    void aLineTheDraftPrintsOutsideItsClausesIsKept() {
        // The earlier policy's title page, vision and section headings: the draft prints them on its cover and as headings.
        String draft = """
                <header><p class="vision">Let your light shine</p></header>
                <section class="policy-section"><h2 id="aims"><span class="num">1</span> Aims and scope</h2>
                <p>This policy keeps learners safe.</p></section>
                """;
        List<ChangesReport.TextSectionChanges> out = ChangesReport.againstText("LET YOUR LIGHT Shine\nAims and scope\nThis policy keeps learners safe.\nPhones are banned.",
                Map.of("P", draft));
        assertThat(out).flatExtracting(ChangesReport.TextSectionChanges::changes).extracting(ChangesReport.Change::html)
                .containsExactly("<del>Phones are banned.</del>");
    }

    @Test
    void aHeadingTheDraftKeepsUnderOtherWordsIsNotRemoved() {
        String draft = """
                <section class="policy-section"><h2 id="learners"><span class="num">6</span> Pupils' use of mobile and smart technology</h2>
                <p>Pupils hand their phones in.</p></section>
                """;
        List<ChangesReport.TextSectionChanges> out = ChangesReport.againstText(
                "Learners use of mobile and smart technology\nPupils hand their phones in.\nPhones are used in lessons.", Map.of("P", draft));
        assertThat(out).flatExtracting(ChangesReport.TextSectionChanges::changes).extracting(ChangesReport.Change::html)
                .as("a heading names a section; a sentence states a rule").containsExactly("<del>Phones are used in lessons.</del>");
    }

    @Test
    void aRewordingThatChangesWhoWhenOrWhetherIsMarkedAsARule() {
        assertThat(ChangesReport.reworded("Phones are used during free time with teacher consent.", "Phones are used during break or free time."))
                .isEqualTo("Rule reworded");
        assertThat(ChangesReport.reworded("Agreed by the learner and their parents.", "Agreed by the learner and/or their parents."))
                .isEqualTo("Rule reworded");
        assertThat(ChangesReport.reworded("Learners will be taught to stay safe online.", "Pupils will be taught to stay safe online."))
                .as("a change of word for the same people is wording").isEqualTo("Reworded");
    }

    @Test
    void markupInTheImportedTextIsShownAsWordsNeverRun() {
        List<ChangesReport.TextSectionChanges> out = ChangesReport.againstText("<script>alert(1)</script> is here.", Map.of("P", DRAFT));
        assertThat(out.get(0).changes()).anySatisfy(c -> assertThat(c.html()).contains("&lt;script&gt;").doesNotContain("<script>"));
    }
}
