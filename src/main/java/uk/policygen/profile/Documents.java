package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** How the school arranges and presents its documents: profile choices over one layout. */
public record Documents(
        @Describe("separate: two documents; combined: one document in two parts; mobile-only: the mobile and smart technology policy alone.") @DefaultValue("separate") Arrangement arrangement,
        @Describe("The school's own title for the mobile and smart technology policy, if not the standard one.") Optional<String> mobileTitle,
        @Describe("The school's own title for the social media policy, if not the standard one.") Optional<String> socialMediaTitle,
        @Describe("The school's own title for the combined document, if not the standard one.") Optional<String> combinedTitle,
        @Describe("Before the first section: key-details (DSLs, dates and ratification), review-statement (the review promise, from the review cycle) and/or schedule (development, monitoring and review).") List<FrontMatter> frontMatter,
        @Describe("A line at the top of each page.") @DefaultValue("none") RunningLine headerLine,
        @Describe("A line at the foot of each page.") @DefaultValue("none") RunningLine footerLine,
        @Describe("Print the vision and scripture on the cover.") boolean visionOnCover,
        @Describe("Also publish a simplified learners' Acceptable Use Policy form (for learners with SEND).") boolean simplifiedSendForm,
        @Describe("In a combined document, also print the social media part's own monitoring and breaches sections (by default Part A's cover both).") boolean eachPartHasMonitoringAndBreaches,
        @Describe("The school also has a remote learning Acceptable Use Policy; the clauses on remote learning name it (beside the AUP, or in its place for social media used as a remote learning platform).") boolean remoteLearningAup) {

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
        /** "This policy will be reviewed at least annually…": the promise, from the review cycle. */
        REVIEW_STATEMENT,
        /** A schedule for development, monitoring and review. */
        SCHEDULE
    }

    public enum RunningLine { NONE, MOTTO, VALUES, VISION }
}
