package uk.policygen.profile;

/** One local clause added at the end of a model section (Markdown, one paragraph or a list). */
public record ExtraClause(
        @Describe("The document it goes in.") DocumentKind document,
        @Describe("The id of the section it ends, e.g. staff-use.") @Expect("the id of the section it ends, e.g. staff-use") String section,
        @Describe("The clause, one sentence or a few.") @Expect("the clause, one sentence or a few") String text) {
}
