package uk.policygen.profile;

/** The two policies a pack is built from; each has a template folder of the same name. */
public enum DocumentKind {
    MOBILE("mobile-and-smart-technology", "Mobile and Smart Technology Policy"),
    SOCIAL_MEDIA("social-media", "Social Media Policy");

    private final String folder;
    private final String title;

    DocumentKind(String folder, String title) {
        this.folder = folder;
        this.title = title;
    }

    public String folder() {
        return folder;
    }

    public String defaultTitle() {
        return title;
    }
}
