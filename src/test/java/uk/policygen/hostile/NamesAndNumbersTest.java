package uk.policygen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.policygen.profile.PersonName;
import uk.policygen.profile.PhoneNumber;

/** Names and numbers as people write them, and the slips still refused. */
class NamesAndNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"0800 1111", "01697 73123", "+44 (0)1227 721000", "0300 555 1384", "+44 300 555 1384", "01622 696000",
            "020 7946 0018", "999", "111", "101", "116 123", "116 000"})
    void ukNumbersAreAccepted(String number) {
        assertThat(PhoneNumber.parse(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000 000 0000", "07700 900123", "12345", "+1 212 555 0100", "0300 555", "phone the office", "01227 72100000000", "999 999"})
    void notUkNumbersAreRefused(String number) {
        assertThatThrownBy(() -> PhoneNumber.parse(number)).hasMessageContaining("is not a UK phone number");
    }

    @org.junit.jupiter.api.Test
    void numbersAreDialledInFull() {
        assertThat(PhoneNumber.parse("+44 (0)1227 721000").tel()).isEqualTo("tel:+441227721000");
        assertThat(PhoneNumber.parse("0800 1111").tel()).isEqualTo("tel:+448001111");
        assertThat(PhoneNumber.parse("116 123").tel()).isEqualTo("tel:116123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"王芳", "王 芳", "Madonna", "Nguyễn Thị Minh", "José", "Ólafur Arnalds", "Mrs K Pott", "Siân O’Neil", "Анна Петрова"})
    void namesAsPeopleWriteThemAreAccepted(String name) {
        assertThat(PersonName.parse(name).value()).isEqualTo(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC));
    }

    @org.junit.jupiter.api.Test
    void decomposedLettersAreComposed() {
        String nfd = java.text.Normalizer.normalize("Nguyễn Thị Minh", java.text.Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Minh");
        assertThat(PersonName.parse(nfd).value()).isEqualTo("Nguyễn Thị Minh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Headteacher", "(Headteacher)", "TBC", "[Insert name]", "DSL", "Chair of Governors", "", "  ", "123", "Head teacher"})
    void rolesAndPlaceholdersAreStillRefused(String name) {
        assertThatThrownBy(() -> PersonName.parse(name)).hasMessageContaining("is not a person's name");
    }
}
