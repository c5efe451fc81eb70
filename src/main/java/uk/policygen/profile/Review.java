package uk.policygen.profile;

import java.util.Optional;

/**
 * When the policy was written and reviewed, and when it is next due. The cycle decides both the
 * latest allowed next-review date and the policy's own "we will review it at least …" sentence.
 */
public record Review(
        Optional<PolicyDate> written,
        @Expect("the date of the last review, e.g. 2024-09 or 2024-09-25") PolicyDate lastReviewed,
        @Expect("the date of the next review, e.g. 2025-09") PolicyDate nextReview,
        @DefaultValue("annual") ReviewCycle cycle,
        Optional<String> reviewer,
        Optional<Person> leadPerson,
        Optional<String> monitoredBy) {
}
