package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** Visitors' phones: where they may use them, how they are told, and photos at events. */
public record Visitors(
        @Describe("The only places visitors may use phones.") List<String> phonesAllowedIn,
        @Describe("How visitors are told, e.g. signage in the entrance to the school.") Optional<String> signage,
        @Describe("Visitors sign the visitor acceptable use policy.") boolean visitorAup,
        @Describe("A school's own rule, not the model's: visitors hold no phone conversations in public areas and keep phones out of sight.") boolean noCallsInPublicAreas,
        @Describe("Parents may use their phones among the children at events where parents are on site (a play, a sports day): the one exception to phones_allowed_in. Without it the policy makes no exception, whatever the rule for photographs at events says.") boolean phonesAtEvents,
        @Describe("The school's rule for photographs at events, as it reads after \"at events where parents are on site,\", e.g. parents may photograph only their own child and never post images of other children online.") Optional<String> photographyAtEvents) {
}
