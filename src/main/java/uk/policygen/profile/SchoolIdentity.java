package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** Who the school is. {@code shortName} is the name used in running text ("Littlebourne"). */
public record SchoolIdentity(
        String name,
        String shortName,
        SettingType type,
        String localAuthority,
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
