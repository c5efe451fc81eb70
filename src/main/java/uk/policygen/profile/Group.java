package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * A trust or group a school belongs to. {@code id} names its template folder
 * ({@code templates/groups/<id>/}), so its wording overrides the model for its schools.
 */
public record Group(
        String id,
        String name,
        Optional<Person> headOfSafeguarding,
        Optional<Person> regionalDirector,
        List<String> policies) {
}
