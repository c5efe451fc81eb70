package uk.policygen.profile;

import java.util.Optional;

/**
 * What boarders do with their phones in the boarding houses, outside the school day. In the school day the
 * year groups' rules ({@link PhoneRule}) apply to boarders as to everyone; this says when and where boarders
 * may use their phones in the evenings and at weekends, and where the phones are kept otherwise.
 */
public record BoardingRule(
        YearGroups yearGroups,
        @Expect("when and where these boarders may use their phones outside the school day, as it reads after \"may use their phones\","
                + " e.g. \"in their boarding house between 6pm and 7pm, and at weekends at times the house staff set\"") String mayUse,
        @Expect("where these boarders' phones are kept at other times, e.g. \"the house office\"; left out, boarders keep their phones") Optional<String> keptIn,
        @Expect("when these boarders hand their phones in to be kept there, e.g. \"at bedtime\"") Optional<String> handedIn) {
}
