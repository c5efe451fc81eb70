package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** The named people the policies refer to. The first designated safeguarding lead is "the DSL". */
public record People(
        @Describe("The leader (whatever words.leader calls them), printed in the key details.") Optional<Person> headteacher,
        @Describe("The chair of governors or trustees.") Optional<Person> chair,
        @Describe("The designated safeguarding leads. The first is \"the DSL\" in the text; with none, the policy says only \"the DSL\" and check warns you.") List<Person> designatedSafeguardingLeads,
        @Describe("The deputy designated safeguarding leads, with their roles.") List<Person> deputySafeguardingLeads,
        @Describe("The online safety lead, as named in the policy.") Optional<Person> onlineSafetyLead,
        @Describe("The governor named for safeguarding or online safety.") Optional<Person> namedGovernor,
        @Describe("The school business manager.") Optional<Person> businessManager,
        @Describe("The Local Authority Designated Officer (LADO).") Optional<Person> lado,
        @Describe("The person who makes a call home when a child needs one.") Optional<Person> callsHome) {
}
