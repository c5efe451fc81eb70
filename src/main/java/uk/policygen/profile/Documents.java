package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** How the school arranges and presents its documents: profile choices over one layout. */
public record Documents(
        @DefaultValue("separate") Arrangement arrangement,
        Optional<String> mobileTitle,
        Optional<String> socialMediaTitle,
        Optional<String> combinedTitle,
        List<FrontMatter> frontMatter,
        @DefaultValue("none") RunningLine headerLine,
        @DefaultValue("none") RunningLine footerLine,
        boolean visionOnCover,
        boolean simplifiedSendForm,
        // In one combined document the social media part's monitoring and breaches sections are
        // left out by default (Part A's cover both); a school whose policy prints both keeps them.
        boolean eachPartHasMonitoringAndBreaches) {

    public enum Arrangement {
        /** The social media policy as its own document beside the mobile policy. */
        SEPARATE,
        /** One document in two parts, one contents list, one sign-off. */
        COMBINED,
        /** The mobile and smart technology policy alone. */
        MOBILE_ONLY
    }

    public enum FrontMatter {
        /** DSLs, dates and who ratified it, before the first section. */
        KEY_DETAILS,
        /** A schedule for development, monitoring and review. */
        SCHEDULE
    }

    public enum RunningLine { NONE, MOTTO, VALUES, VISION }
}
