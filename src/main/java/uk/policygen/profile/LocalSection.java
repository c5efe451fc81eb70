package uk.policygen.profile;

/**
 * A section the school wrote itself, in Markdown, placed after a named section of the model
 * ({@code after: official-use}) or as an appendix ({@code after: appendix}).
 */
public record LocalSection(
        @Describe("The section's title.") String title,
        @Describe("The document it goes in.") DocumentKind document,
        @Describe("The id of the section it follows (a template's file name without its number, e.g. official-use), or appendix.") @Expect("the id of the section it follows, e.g. official-use, or appendix") String after,
        @Describe("The Markdown file in the school's folder.") @Expect("the Markdown file in the school's folder, e.g. purpose-of-facebook.md") String file) {
}
