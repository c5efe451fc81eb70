package uk.policygen.profile;

import java.util.Optional;

/**
 * A named person. {@code role} is what they do here ("Headteacher", "SENDCo");
 * {@code knownAs} is how the text names them in a sentence ("Mrs Pott").
 */
public record Person(
        @Expect("the person's name, e.g. \"Samantha Killick\"") PersonName name,
        Optional<String> role,
        Optional<String> knownAs,
        Optional<Email> email,
        Optional<PhoneNumber> phone) {

    /** "Samantha Killick, Headteacher", or just the name when no role is given. */
    public String nameAndRole() {
        return role.map(r -> name + ", " + r).orElse(name.toString());
    }

    /** The form used inside a sentence. */
    public String called() {
        return knownAs.orElse(name.toString());
    }
}
