package uk.policygen.profile;

/**
 * A section the school wrote itself, in Markdown, placed after a named section of the model
 * ({@code after: official-use}) or as an appendix ({@code after: appendix}).
 */
public record LocalSection(
        String title,
        DocumentKind document,
        String after,
        String file) {
}
