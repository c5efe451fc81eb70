package uk.policygen.profile;

import java.util.Optional;
import java.util.function.Function;

/**
 * The policies a pack is built from. Each kind is registered here once, with everything the
 * generator needs to know about it: the template folder ({@code templates/model/<folder>/}), its
 * title, its name as a part of a combined document, its file name and how a profile's
 * {@code documents:} may retitle it. Adding a policy is a template folder and one line here.
 */
public enum DocumentKind {
    MOBILE("mobile-and-smart-technology", "Mobile and Smart Technology Policy", "Mobile and Smart Technology",
            "mobile-and-smart-technology-policy", Documents::mobileTitle),
    SOCIAL_MEDIA("social-media", "Social Media Policy", "Social Media", "social-media-policy", Documents::socialMediaTitle);

    private final String folder;
    private final String title;
    private final String partName;
    private final String slug;
    private final Function<Documents, Optional<String>> ownTitle;

    DocumentKind(String folder, String title, String partName, String slug, Function<Documents, Optional<String>> ownTitle) {
        this.folder = folder;
        this.title = title;
        this.partName = partName;
        this.slug = slug;
        this.ownTitle = ownTitle;
    }

    public String folder() {
        return folder;
    }

    public String defaultTitle() {
        return title;
    }

    /** The title the school gives this policy, or the model's. */
    public String title(Documents d) {
        return ownTitle.apply(d).orElse(title);
    }

    /** "Mobile and Smart Technology", as in "Part A: Mobile and Smart Technology". */
    public String partName() {
        return partName;
    }

    /** The file name of the policy published on its own, without extension. */
    public String slug() {
        return slug;
    }

    /** How a profile and a clause id name it: {@code mobile}, {@code social-media}. */
    public String word() {
        return ProfileBinder.wordOf(this);
    }
}
