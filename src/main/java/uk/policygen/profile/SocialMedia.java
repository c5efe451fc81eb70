package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** The school's official channels and its rules for personal use. */
public record SocialMedia(
        @Describe("The official channels, one item each.") List<Channel> channels,
        @Describe("The school has no official social media channels, and its social media policy says so (leave channels out).") boolean noChannels,
        // No default: the model offers three rules and prefers none, so a school that chose none is told (check) and the
        // documents say nothing on it, rather than print one as if the governors had chosen it.
        @Describe("When staff may use social media personally on site: not-permitted (not at all), lunch-break, or breaks-in-staff-areas. Left out, the documents say nothing on it, and check warns.") Optional<StaffPersonalUse> staffPersonalUse,
        @Describe("Who provides filtering and monitoring.") Optional<String> filteringProvider,
        @Describe("The apps the school uses to talk to families, e.g. [Weduc, ParentMail].") List<String> homeSchoolApps,
        @Describe("Who approves official use.") @DefaultValue("headteacher") String approvedBy,
        /** Social media on the setting's systems is filtered and open to adult logins only. */
        @Describe("Social media on the school's systems is filtered and open to adult logins only.") boolean adultLoginsOnly,
        @Describe("The policy also recommends that learners keep social media use at home to a minimum, as most apps are for over-13s (a school's own choice, not the model's).") boolean adviseLessUseAtHome) {

    public enum StaffPersonalUse {
        /** Not at all during the working day on site. */
        NOT_PERMITTED,
        /** Only during a lunch break. */
        LUNCH_BREAK,
        /** At lunch or other breaks, in staff-only areas. */
        BREAKS_IN_STAFF_AREAS
    }
}
