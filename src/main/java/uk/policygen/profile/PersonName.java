package uk.policygen.profile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as printed, as the person writes it: one name or several, in any script, its
 * letters composed (NFC) so that the same name is always the same text. A role ("Headteacher", "(Headteacher)") or a placeholder ("TBC",
 * "[Insert name]") is refused: the DSL "(Headteacher)" in seed 000 is exactly the slip this stops.
 */
public record PersonName(String value) {
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.\\- ]*[\\p{L}\\p{M}.]");
    private static final Set<String> NOT_NAMES = Set.of(
            "headteacher", "head teacher", "principal", "manager", "dsl", "deputy dsl", "designated safeguarding lead",
            "tbc", "tba", "name", "n/a", "none", "vacant", "chair", "chair of governors", "governor", "sendco",
            "senco", "business manager", "school business manager", "office", "school office", "teacher", "staff");

    public static PersonName parse(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || NOT_NAMES.contains(lower) || lower.contains("insert") || !LETTERS.matcher(s).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a person's name; expected a named person"
                    + " such as \"Samantha Killick\" or \"Mrs K Pott\" (put what they do under role:)");
        }
        return new PersonName(s);
    }

    @Override
    public String toString() {
        return value;
    }
}
