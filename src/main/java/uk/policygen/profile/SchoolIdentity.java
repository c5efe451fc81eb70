package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** Who the school is. {@code shortName} is the name used in running text ("Littlebourne"). */
public record SchoolIdentity(
        @Expect("the school's full name, as on its letterhead, e.g. \"Littlebourne Church of England Primary School\"") String name,
        @Expect("the name used in running text, e.g. \"Littlebourne\"") String shortName,
        SettingType type,
        @Expect("the local authority, e.g. Kent (Kent schools get it from inherits: [kent])") String localAuthority,
        Optional<String> religiousCharacter,
        Optional<WebAddress> website,
        Optional<String> address,
        Optional<String> logo,
        Optional<String> vision,
        Optional<String> motto,
        List<String> values,
        Optional<Scripture> scripture) {

    public record Scripture(String text, String reference) {
    }
}
