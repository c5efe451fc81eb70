package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** Who the school is. {@code shortName} is the name used in running text ("Littlebourne"). */
public record SchoolIdentity(
        @Describe("The school's full name, as on the cover and sign-off.") @Expect("the school's full name, as on its letterhead, e.g. \"Littlebourne Church of England Primary School\"") String name,
        @Describe("The name used in running text (\"Littlebourne recognises …\").") @Expect("the name used in running text, e.g. \"Littlebourne\"") String shortName,
        @Describe("The kind of setting; it decides, among other things, which Acceptable Use Policy forms the school gets.") SettingType type,
        @Describe("The local authority; usually comes from the layer (Kent, Hampshire).") @Expect("the local authority, e.g. Kent (Kent schools get it from inherits: [kent])") String localAuthority,
        @Describe("The school's religious character, e.g. Church of England.") Optional<String> religiousCharacter,
        @Describe("The school's website (https://…).") Optional<WebAddress> website,
        @Describe("The school's postal address.") Optional<String> address,
        @Describe("The school office's telephone number. The index page for the website gives it, with the address and office email, where it tells parents to contact the office.") @Expect("a UK telephone number, e.g. 01227 721930") Optional<PhoneNumber> phone,
        @Describe("The school office's email address, given on the index page with the telephone number.") @Expect("an email address, e.g. office@littlebourne.kent.sch.uk") Optional<Email> email,
        @Describe("The logo file, a PNG or JPEG image in the school's own folder (schools/<id>/).") Optional<String> logo,
        @Describe("The school's vision, in its words.") Optional<String> vision,
        @Describe("The school's motto.") Optional<String> motto,
        @Describe("The school's values, one per line.") List<String> values,
        @Describe("A verse the school lives by: text and reference.") Optional<Scripture> scripture) {

    public record Scripture(
            @Describe("The verse's words.") String text,
            @Describe("Where it comes from, e.g. John 10:10.") String reference) {
    }
}
