package uk.policygen.profile;

/** One local clause added at the end of a model section (Markdown, one paragraph or a list). */
public record ExtraClause(
        DocumentKind document,
        @Expect("the id of the section it ends, e.g. staff-use") String section,
        @Expect("the clause, one sentence or a few") String text) {
}
