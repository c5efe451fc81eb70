package uk.policygen.profile;

import java.util.Optional;

/** One permission: which year groups may bring a phone, on what condition, and where it goes. */
public record PhoneRule(
        YearGroups yearGroups,
        Optional<String> condition,
        @Expect("where the phone is handed in on arrival, e.g. \"the office\"") String handIn,
        @DefaultValue("at the end of the day") String returned) {
}
