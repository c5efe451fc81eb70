package uk.policygen.render;

import java.util.List;

import uk.policygen.profile.DocumentKind;
import uk.policygen.profile.Documents;
import uk.policygen.profile.Profile;

/**
 * One published document: its file name (without extension), its title, and the policies it
 * holds: one for a separate policy, two (Part A and Part B) for the combined arrangement.
 */
public record Publication(String slug, String title, List<DocumentKind> parts) {

    public boolean combined() {
        return parts.size() > 1;
    }

    public static List<Publication> of(Profile p) {
        Documents d = p.documents();
        Publication mobile = new Publication("mobile-and-smart-technology-policy",
                d.mobileTitle().orElse(DocumentKind.MOBILE.defaultTitle()), List.of(DocumentKind.MOBILE));
        return switch (d.arrangement()) {
            case MOBILE_ONLY -> List.of(mobile);
            case SEPARATE -> List.of(mobile, new Publication("social-media-policy",
                    d.socialMediaTitle().orElse(DocumentKind.SOCIAL_MEDIA.defaultTitle()), List.of(DocumentKind.SOCIAL_MEDIA)));
            case COMBINED -> List.of(new Publication("mobile-smart-technology-and-social-media-policy",
                    d.combinedTitle().orElse("Mobile, Smart Technology and Social Media Policy"),
                    List.of(DocumentKind.MOBILE, DocumentKind.SOCIAL_MEDIA)));
        };
    }

    /** "Part A: Mobile and Smart Technology" in a combined document. */
    public String partTitle(int index) {
        String name = parts.get(index) == DocumentKind.MOBILE ? "Mobile and Smart Technology" : "Social Media";
        return "Part " + (char) ('A' + index) + ": " + name;
    }
}
