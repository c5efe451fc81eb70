package uk.policygen.profile;

import java.util.List;

/** Platforms a school may run an official channel on, with the hosts their addresses live on. */
public enum Platform {
    FACEBOOK("Facebook", List.of("facebook.com", "fb.com", "fb.me")),
    INSTAGRAM("Instagram", List.of("instagram.com")),
    X("X (Twitter)", List.of("x.com", "twitter.com")),
    TWITTER("Twitter", List.of("twitter.com", "x.com")),
    YOUTUBE("YouTube", List.of("youtube.com", "youtu.be")),
    LINKEDIN("LinkedIn", List.of("linkedin.com")),
    TIKTOK("TikTok", List.of("tiktok.com")),
    TAPESTRY("Tapestry", List.of("tapestryjournal.com", "eylog.co.uk")),
    CLASS_DOJO("Class Dojo", List.of("classdojo.com")),
    SEESAW("Seesaw", List.of("seesaw.me", "web.seesaw.me")),
    WEBSITE("Website", List.of());

    private final String label;
    private final List<String> hosts;

    Platform(String label, List<String> hosts) {
        this.label = label;
        this.hosts = hosts;
    }

    /**
     * A platform made for a setting's exchanges with each family (a learning journal, class messages), not a public
     * social network: messaging a family there is what it is for, where on Facebook it would be private messaging.
     */
    public boolean forFamilies() {
        return this == TAPESTRY || this == CLASS_DOJO || this == SEESAW;
    }

    public String label() {
        return label;
    }

    public List<String> hosts() {
        return hosts;
    }

    /** True when {@code host} is one of this platform's hosts or a subdomain of one. */
    public boolean owns(String host) {
        return hosts.isEmpty() || hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }

    /** Whether a bare @handle identifies an account on this platform. */
    public boolean takesHandles() {
        return this == INSTAGRAM || this == X || this == TWITTER || this == TIKTOK || this == YOUTUBE;
    }
}
