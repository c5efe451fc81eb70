package uk.policygen.profile;

/**
 * A section the school wrote itself, in Markdown, placed after a named section of the model
 * ({@code after: official-use}) or as an appendix ({@code after: appendix}).
 */
public record LocalSection(
        String title,
        DocumentKind document,
        @Expect("the id of the section it follows, e.g. official-use, or appendix") String after,
        @Expect("the Markdown file in the school's folder, e.g. purpose-of-facebook.md") String file) {
}
