package uk.policygen.render;

import java.util.List;
import java.util.Optional;

import uk.policygen.profile.Advice;
import uk.policygen.profile.Channel;
import uk.policygen.profile.Group;
import uk.policygen.profile.Person;
import uk.policygen.profile.PhoneRule;
import uk.policygen.profile.Profile;
import uk.policygen.profile.SchoolIdentity;
import uk.policygen.profile.YearGroups;

/**
 * What the templates need that is worked out from the profile rather than written in it
 * ("the DSL" is the first named lead; the review promise follows the cycle), exposed as
 * {@code school}. Computed once per school.
 */
public record SchoolFacts(
        String name,
        String shortName,
        Optional<Person> dsl,
        List<Person> dsls,
        List<Person> deputies,
        Optional<Person> leaderPerson,
        String promise,
        Advice advice,
        boolean kent,
        Optional<Group> group,
        boolean earlyYears,
        Optional<YearGroups> yearGroups,
        List<PhoneRule> phoneRules,
        List<Channel> channelsLive,
        List<Channel> channelsPlanned,
        boolean ratified,
        java.util.Map<String, String> policyTitles) {

    /**
     * "the Littlebourne", as in "the Littlebourne community"; a name with its own article (The Weald) does not get
     * another, and a possessive one (St Aidan's) takes none.
     */
    public String theShortName() {
        if (shortName.endsWith("'s") || shortName.endsWith("\u2019s")) return shortName;
        return shortName.startsWith("The ") ? "the " + shortName.substring(4) : "the " + shortName;
    }

    public static SchoolFacts of(Profile p) {
        SchoolIdentity id = p.school();
        List<Channel> channels = p.socialMedia().channels();
        return new SchoolFacts(
                id.name(),
                id.shortName(),
                p.people().designatedSafeguardingLeads().stream().findFirst(),
                p.people().designatedSafeguardingLeads(),
                p.people().deputySafeguardingLeads(),
                p.people().headteacher(),
                p.review().cycle().promise(),
                p.advice(),
                id.localAuthority().equalsIgnoreCase("Kent"),
                p.group(),
                p.yearGroups().map(y -> y.groups().stream().anyMatch(g -> g.isEarlyYears())).orElse(false),
                p.yearGroups(),
                p.learnerPhones().allowed(),
                channels.stream().filter(c -> c.status() == Channel.Status.LIVE).toList(),
                channels.stream().filter(c -> c.status() == Channel.Status.PLANNED).toList(),
                p.signOff().flatMap(s -> s.approvedOn()).isPresent(),
                policyTitles(p));
    }

    /** The title of the document holding each policy, by the profile's word for it: {@code school.policyTitles.mobile}. */
    private static java.util.Map<String, String> policyTitles(Profile p) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (uk.policygen.profile.DocumentKind k : uk.policygen.profile.DocumentKind.values()) {
            out.put(k.word(), Publication.titleHolding(p, k));
        }
        return java.util.Map.copyOf(out);
    }
}
