package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** The school's official channels and its rules for personal use. */
public record SocialMedia(
        List<Channel> channels,
        @DefaultValue("not-permitted") StaffPersonalUse staffPersonalUse,
        Optional<String> filteringProvider,
        List<String> homeSchoolApps,
        @DefaultValue("headteacher") String approvedBy,
        /** Social media on the setting's systems is filtered and open to adult logins only. */
        boolean adultLoginsOnly) {

    public enum StaffPersonalUse {
        /** Not at all during the working day on site. */
        NOT_PERMITTED,
        /** Only during a lunch break. */
        LUNCH_BREAK,
        /** At lunch or other breaks, in staff-only areas. */
        BREAKS_IN_STAFF_AREAS
    }
}
