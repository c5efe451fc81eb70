package uk.policygen.profile;

import java.util.Optional;

/**
 * The editions of national guidance the policies cite. The current editions live in the shared
 * layer {@code schools/shared/guidance.yml}; a school overrides one only if it must.
 */
public record Guidance(
        Edition keepingChildrenSafe,
        Edition workingTogether,
        Edition earlyYears,
        Edition behaviour,
        Edition searching,
        Optional<Edition> mobilePhones) {

    /** {@code checked}: when someone last confirmed this is the current edition (a record pins it). */
    public record Edition(String title, String year, Optional<WebAddress> url, Optional<PolicyDate> checked) {
    }
}
