package uk.policygen.profile;

import java.util.List;
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
        @Describe("Who monitors the policy.") Optional<String> monitoredBy,
        @Describe("Who the school involved in writing or reviewing the policy: any of staff, governors, learners, parents. The policy's opening says so (\"written by …, involving staff, pupils and parents/carers\"); with none listed it names only the school as its author, so it never claims a consultation that did not happen.") List<Involved> involved) {

    /** Who took part in writing the policy, in the order the policy names them. */
    public enum Involved { STAFF, GOVERNORS, LEARNERS, PARENTS }
}
