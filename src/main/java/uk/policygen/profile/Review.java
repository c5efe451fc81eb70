package uk.policygen.profile;

import java.util.Optional;

/**
 * When the policy was written and reviewed, and when it is next due. The cycle decides both the
 * latest allowed next-review date and the policy's own "we will review it at least …" sentence.
 */
public record Review(
        @Describe("When the policy was first written (on or before the last review).") Optional<PolicyDate> written,
        @Describe("The last review; required.") @Expect("the date of the last review, e.g. 2024-09 or 2024-09-25") PolicyDate lastReviewed,
        @Describe("The next review; required, and no later than the cycle allows.") @Expect("the date of the next review, e.g. 2025-09") PolicyDate nextReview,
        @Describe("How often the policy is reviewed. The policy promises review \"at least annually\" etc. to match, so the text and the dates can never disagree.") @DefaultValue("annual") ReviewCycle cycle,
        @Describe("Who reviews the policy.") Optional<String> reviewer,
        @Describe("The lead person for the policy.") Optional<Person> leadPerson,
        @Describe("Who monitors the policy.") Optional<String> monitoredBy) {
}
