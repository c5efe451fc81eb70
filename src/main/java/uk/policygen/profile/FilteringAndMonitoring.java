package uk.policygen.profile;

import java.util.Optional;

/**
 * Who holds each role the DfE's filtering and monitoring standards name, beside the DSL (from
 * {@code people}) and the filtering system's supplier ({@code social_media.filtering_provider}).
 * Any may be left out: the policy then names the role without a person, and {@code check} warns.
 *
 * @param governorLead the governor (or trustee) with lead responsibility for filtering and monitoring
 * @param seniorLeader the member of the senior leadership team responsible for it
 * @param itProvider who provides the school's IT service (an in-house team or a company), in running text
 */
public record FilteringAndMonitoring(
        @Describe("The governor who leads on filtering and monitoring.") Optional<Person> governorLead,
        @Describe("The senior leader responsible for filtering and monitoring.") Optional<Person> seniorLeader,
        @Describe("Who provides and runs the filtering and monitoring systems, e.g. the school's IT provider.") Optional<String> itProvider) {
}
