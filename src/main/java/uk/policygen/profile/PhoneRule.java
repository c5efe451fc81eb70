package uk.policygen.profile;

import java.util.Optional;

/** One permission: which year groups may bring a phone, on what condition, and where it goes. */
public record PhoneRule(
        YearGroups yearGroups,
        Optional<String> condition,
        String handIn,
        @DefaultValue("at the end of the day") String returned) {
}
