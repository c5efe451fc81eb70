package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** The named people the policies refer to. The first designated safeguarding lead is "the DSL". */
public record People(
        Optional<Person> headteacher,
        Optional<Person> chair,
        List<Person> designatedSafeguardingLeads,
        List<Person> deputySafeguardingLeads,
        Optional<Person> onlineSafetyLead,
        Optional<Person> namedGovernor,
        Optional<Person> businessManager,
        Optional<Person> lado,
        Optional<Person> callsHome) {
}
