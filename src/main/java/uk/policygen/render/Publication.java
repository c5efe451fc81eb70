package uk.policygen.render;

import java.util.Arrays;
import java.util.List;

import uk.policygen.profile.DocumentKind;
import uk.policygen.profile.Documents;
import uk.policygen.profile.Profile;

/**
 * One published document: its file name (without extension), its title, and the policies it
 * holds: one for a separate policy, all of them (Part A, Part B …) for the combined arrangement.
 */
public record Publication(String slug, String title, List<DocumentKind> parts) {
    /** The combined document's file name and default title. */
    public static final String COMBINED_SLUG = "mobile-smart-technology-and-social-media-policy";
    public static final String COMBINED_TITLE = "Mobile, Smart Technology and Social Media Policy";

    public boolean combined() {
        return parts.size() > 1;
    }

    public static List<Publication> of(Profile p) {
        Documents d = p.documents();
        return switch (d.arrangement()) {
            case MOBILE_ONLY -> List.of(alone(DocumentKind.MOBILE, d));
            case SEPARATE -> Arrays.stream(DocumentKind.values()).map(k -> alone(k, d)).toList();
            case COMBINED -> List.of(new Publication(COMBINED_SLUG, d.combinedTitle().orElse(COMBINED_TITLE),
                    List.of(DocumentKind.values())));
        };
    }

    private static Publication alone(DocumentKind kind, Documents d) {
        return new Publication(kind.slug(), kind.title(d), List.of(kind));
    }

    /** The title of the document that holds {@code kind} for this school ("our … Policy"). */
    public static String titleHolding(Profile p, DocumentKind kind) {
        return of(p).stream().filter(pub -> pub.parts().contains(kind)).map(Publication::title).findFirst()
                .orElse(kind.title(p.documents()));
    }

    /** "Part A: Mobile and Smart Technology" in a combined document. */
    public String partTitle(int index) {
        return "Part " + (char) ('A' + index) + ": " + parts.get(index).partName();
    }
}
