package uk.policygen.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import uk.policygen.profile.Person;
import uk.policygen.profile.Profile;

/**
 * The key reference in {@code schools/README.md}, between its two marker lines, generated from
 * the records: a heading per top-level key with its meaning, and a table of the keys beneath it.
 */
public final class KeyReference {
    public static final String FILE = "schools/README.md";
    public static final String START = "<!-- The key reference below is generated from the profile records by `policygen schema --write`; edit the records' @Describe, not this table. -->";
    public static final String END = "<!-- End of the generated key reference. -->";

    private KeyReference() {
    }

    /** The generated part, marker lines included. */
    public static String markdown() {
        StringBuilder out = new StringBuilder(START).append("\n\n");
        for (ProfileKeys.Key top : ProfileKeys.of(Profile.class).keys()) {
            out.append("### `").append(top.name()).append("`\n\n").append(cell(top.meaning())).append('\n');
            List<String[]> rows = new ArrayList<>();
            if (top.shape() instanceof ProfileKeys.Section s && !isPerson(s)) {
                for (ProfileKeys.Key k : s.keys()) rows(k, "", rows);
            } else if (top.shape() instanceof ProfileKeys.ListOf l && l.item() instanceof ProfileKeys.Section s) {
                out.append("\nEach item has:\n");
                for (ProfileKeys.Key k : s.keys()) rows(k, "", rows);
            } else {
                out.append("\nWhat to write: ").append(what(top)).append('\n');
            }
            if (!rows.isEmpty()) {
                out.append("\n| key | what it means | what to write | default |\n|---|---|---|---|\n");
                for (String[] r : rows) out.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
            out.append('\n');
        }
        return out.append(END).append('\n').toString();
    }

    /** A sub-section's keys get their own rows, as {@code channels} › {@code platform}. */
    private static void rows(ProfileKeys.Key k, String prefix, List<String[]> rows) {
        String name = prefix + "`" + k.name() + "`";
        rows.add(new String[] {name, cell(k.meaning()), cell(what(k)), k.defaultValue().map(d -> "`" + d + "`").orElse("")});
        ProfileKeys.Section inner = k.shape() instanceof ProfileKeys.Section s ? s
                : k.shape() instanceof ProfileKeys.ListOf l && l.item() instanceof ProfileKeys.Section s2 ? s2 : null;
        if (inner != null && !isPerson(inner) && prefix.length() < 40) {
            for (ProfileKeys.Key c : inner.keys()) rows(c, name + " › ", rows);
        }
    }

    /** People appear in many places; the guide above the reference explains their keys once. */
    private static boolean isPerson(ProfileKeys.Section s) {
        return s.type() == Person.class;
    }

    static String what(ProfileKeys.Key k) {
        return what(k.shape());
    }

    private static String what(ProfileKeys.Shape shape) {
        if (shape instanceof ProfileKeys.YesNo) return "`true` or `false`";
        if (shape instanceof ProfileKeys.WholeNumber) return "a whole number";
        if (shape instanceof ProfileKeys.Choice c) return c.words().stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
        if (shape instanceof ProfileKeys.ListOf l) {
            if (l.item() instanceof ProfileKeys.Section s && isPerson(s)) return "a list of people, each with " + keys(s);
            if (l.item() instanceof ProfileKeys.Section s) return "a list; each item has " + keys(s);
            return "a list of " + what(l.item()).replaceFirst("^an? ", "");
        }
        if (shape instanceof ProfileKeys.Section s) {
            if (isPerson(s)) return "a person (" + keys(s) + ")";
            return "a section (" + keys(s) + ")";
        }
        ProfileKeys.Text t = (ProfileKeys.Text) shape;
        return t.type() == String.class ? "text" : cell(uk.policygen.profile.ProfileBinder.expectation(t.type()));
    }

    private static String keys(ProfileKeys.Section s) {
        return s.keys().stream().map(k -> "`" + k.name() + "`").collect(Collectors.joining(", "));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }

    /** The file with its generated part replaced; the text around the markers is kept as written. */
    public static String updated(String readme) {
        int a = readme.indexOf(START);
        int b = readme.indexOf(END);
        if (a < 0 || b < a) {
            throw new IllegalArgumentException(FILE + " has no generated key reference; expected the lines " + START + " and " + END);
        }
        return readme.substring(0, a) + markdown() + readme.substring(b + END.length() + (readme.startsWith("\n", b + END.length()) ? 1 : 0));
    }
}
