package uk.policygen.profile;

/** One local clause added at the end of a model section (Markdown, one paragraph or a list). */
public record ExtraClause(DocumentKind document, String section, String text) {
}
