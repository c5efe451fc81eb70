package uk.policygen.profile;

import java.util.Optional;

/**
 * The editions of national guidance the policies cite. The current editions live in the shared
 * layer {@code schools/shared/guidance.yml}; a school overrides one only if it must.
 */
public record Guidance(
        @Describe("Keeping Children Safe in Education.") Edition keepingChildrenSafe,
        @Describe("Working Together to Safeguard Children.") Edition workingTogether,
        @Describe("The Statutory Framework for the Early Years Foundation Stage.") Edition earlyYears,
        @Describe("Behaviour in Schools.") Edition behaviour,
        @Describe("Searching, Screening and Confiscation.") Edition searching,
        @Describe("Mobile Phones in Schools, where cited.") Optional<Edition> mobilePhones) {

    /** {@code checked}: when someone last confirmed this is the current edition (a record pins it). */
    public record Edition(
            @Describe("The guidance's title as cited.") String title,
            @Describe("The edition's year, e.g. 2024.") String year,
            @Describe("Its web address.") Optional<WebAddress> url,
            @Describe("When someone last confirmed this is the current edition, e.g. 2026-11; check warns when it is over a year ago.") Optional<PolicyDate> checked) {
    }
}
