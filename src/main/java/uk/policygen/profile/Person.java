package uk.policygen.profile;

import java.util.Optional;

/**
 * A named person. {@code role} is what they do here ("Headteacher", "SENDCo");
 * {@code knownAs} is how the text names them in a sentence ("Mrs Pott").
 */
public record Person(
        @Expect("the person's name, e.g. \"Samantha Killick\"") PersonName name,
        @Describe("What they do here, e.g. Headteacher, SENDCo.") Optional<String> role,
        @Describe("How a sentence names them, e.g. Mrs Pott.") Optional<String> knownAs,
        @Describe("Their email address.") Optional<Email> email,
        @Describe("Their phone number (a UK number).") Optional<PhoneNumber> phone) {

    /** "Samantha Killick, Headteacher", or just the name when no role is given. */
    public String nameAndRole() {
        return role.map(r -> name + ", " + r).orElse(name.toString());
    }

    /** The form used inside a sentence. */
    public String called() {
        return knownAs.orElse(name.toString());
    }
}
