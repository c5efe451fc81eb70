package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * A school's profile: every fact the policies need, as the business manager wrote it in
 * {@code schools/<id>.yml} and the shared layers it inherits. Bound once, by {@link ProfileBinder};
 * keys are the snake_case forms of these component names. {@code modelEdition}: the edition of the
 * model templates the school's documents are written against (default: the base edition).
 * {@code filteringAndMonitoring}: who holds the filtering and monitoring roles (read by the 2026.12 edition).
 */
public record Profile(
        List<String> inherits,
        SchoolIdentity school,
        Words words,
        Optional<YearGroups> yearGroups,
        People people,
        Review review,
        Optional<SignOff> signOff,
        LearnerPhones learnerPhones,
        StaffDevices staffDevices,
        List<String> restrictedAreas,
        Visitors visitors,
        SocialMedia socialMedia,
        LinkedPolicies linkedPolicies,
        Advice advice,
        Guidance guidance,
        Optional<Group> group,
        Documents documents,
        List<LocalSection> localSections,
        List<ExtraClause> extraClauses,
        Clauses clauses,
        List<VersionEntry> versionHistory,
        Optional<String> modelEdition,
        FilteringAndMonitoring filteringAndMonitoring) {

    /** The same profile written against another model edition (to render what adopting it would change). */
    public Profile withModelEdition(Optional<String> edition) {
        return new Profile(inherits, school, words, yearGroups, people, review, signOff, learnerPhones, staffDevices,
                restrictedAreas, visitors, socialMedia, linkedPolicies, advice, guidance, group, documents, localSections,
                extraClauses, clauses, versionHistory, edition, filteringAndMonitoring);
    }
}
