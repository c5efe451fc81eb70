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
        @Describe("The shared layers this file builds on, in order, e.g. [kent] (files in schools/shared/).") List<String> inherits,
        @Describe("Who the school is: its names, its kind, its local authority, and its vision and values.") SchoolIdentity school,
        @Describe("What the school calls things. One word each, used in every sentence, so a document never switches between \"pupils\", \"learners\" and \"children\". A trust or group layer may set the names of its own policies here.") Words words,
        @Describe("The year groups the school has, e.g. \"Reception to Year 6\". A rule naming any other year group is refused.") Optional<YearGroups> yearGroups,
        @Describe("The people the policies name: the leader, the chair and the safeguarding leads.") People people,
        @Describe("When the policy was written and reviewed, when its next review is due, and who reviews it.") Review review,
        @Describe("Who ratified the policy and when. Leave approved_on out while the policy is a draft: every page then says so.") Optional<SignOff> signOff,
        @Describe("What children may do with their own phones. Year groups not named may not bring one.") LearnerPhones learnerPhones,
        @Describe("Where staff keep their phones, who may allow exceptions, and the school's own devices.") StaffDevices staffDevices,
        @Describe("Where no one may use a phone, e.g. toilets, changing rooms.") List<String> restrictedAreas,
        @Describe("Visitors' phones: where they may use them, how they are told, and photographs at events.") Visitors visitors,
        @Describe("The school's official social media channels and its rules for personal use.") SocialMedia socialMedia,
        @Describe("The policies each document says it links with, in the school's order.") LinkedPolicies linkedPolicies,
        @Describe("Where the school seeks advice and refers concerns. Normally from the local authority's shared layer.")
        @Expect("where the school gets safeguarding advice: inherit a local authority's shared layer (e.g. inherits: [kent]) or write"
                + " advice: with service: and partnership: (see schools/shared/example-local-authority.yml)") Advice advice,
        @Describe("The edition of each piece of national guidance the policies cite. Normally from schools/shared/guidance.yml.") Guidance guidance,
        @Describe("The trust or group the school belongs to; its id names its template folder (templates/groups/<id>/). Normally from the group's shared layer.") Optional<Group> group,
        @Describe("How the policies are published: separate or combined, titles, front matter, running lines.") Documents documents,
        @Describe("Whole sections the school wrote itself, as Markdown files in the school's folder. Numbering is done for you.") List<LocalSection> localSections,
        @Describe("A single extra clause at the end of one section, in the school's words.") List<ExtraClause> extraClauses,
        @Describe("The model's clauses the school leaves out (omit) or words its own way (replace), by id: see docs/CLAUSES.md.") Clauses clauses,
        @Describe("Lines for the policy's version history table. Ratifications that policygen archived are added for you.") List<VersionEntry> versionHistory,
        @Describe("The edition of the model templates this profile is written against (templates/model/edition.yml, templates/editions/<edition>/); a newer edition is taken at a review.") Optional<String> modelEdition,
        @Describe("Who is responsible for filtering and monitoring: the governor lead, the senior leader and the IT provider.") FilteringAndMonitoring filteringAndMonitoring) {

    /** Every child is under 8 (for the templates too): a phone goes back to a parent; no civil or legal action against them. */
    public boolean childrenAllUnderEight() {
        return YearGroups.everyChildUnderEight(yearGroups, school.type());
    }

    /** The same profile written against another model edition (to render what adopting it would change). */
    public Profile withModelEdition(Optional<String> edition) {
        return new Profile(inherits, school, words, yearGroups, people, review, signOff, learnerPhones, staffDevices,
                restrictedAreas, visitors, socialMedia, linkedPolicies, advice, guidance, group, documents, localSections,
                extraClauses, clauses, versionHistory, edition, filteringAndMonitoring);
    }
}
