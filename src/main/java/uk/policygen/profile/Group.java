package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * A trust or group a school belongs to. {@code id} names its template folder
 * ({@code templates/groups/<id>/}), so its wording overrides the model for its schools.
 */
public record Group(
        @Describe("The group's id; it names its template folder (templates/groups/<id>/).") String id,
        @Describe("The group's name.") String name,
        @Describe("The group's head of safeguarding.") Optional<Person> headOfSafeguarding,
        @Describe("The group's regional director.") Optional<Person> regionalDirector,
        @Describe("The group's own policies the documents refer to.") List<String> policies,
        @Describe("What the documents call it in running text: trust, group, federation …") @DefaultValue("group") String word) {
}
