package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * A school's profile: every fact the policies need, as the business manager wrote it in
 * {@code schools/<id>.yml} and the shared layers it inherits. Bound once, by {@link ProfileBinder};
 * keys are the snake_case forms of these component names.
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
        @Expect("where the school gets safeguarding advice: inherit a local authority's shared layer (e.g. inherits: [kent]) or write"
                + " advice: with service: and partnership: (see schools/shared/example-local-authority.yml)") Advice advice,
        Guidance guidance,
        Optional<Group> group,
        Documents documents,
        List<LocalSection> localSections,
        List<ExtraClause> extraClauses,
        Clauses clauses,
        List<VersionEntry> versionHistory) {
}
