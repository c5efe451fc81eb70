package uk.policygen.schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.policygen.profile.LearnerPhones;
import uk.policygen.profile.Profile;

/**
 * A new school's profile, written from the records: every choice spelled out at the model's
 * default with its meaning as a comment, nothing from any other school, and each fact only the
 * school knows left empty and marked {@code TO FILL}, so that {@code check} lists it at its line
 * until it is filled. Keys a shared layer already gives are left to the layer.
 */
public final class ProfileTemplate {
    public static final String TO_FILL = "TO FILL";
    private static final int WIDTH = 100;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ,.'’()&/-]*");

    /**
     * @param id        the school's id (its file name)
     * @param inherits  the shared layers it builds on, e.g. [kent]
     * @param fromLayers key paths ("school.local_authority", "advice") the layers give, left to them
     * @param given     values chosen already, by key path ("school.type" → "primary")
     */
    public record Choices(String id, List<String> inherits, Map<String, String> layerOf, Set<String> fromLayers, Map<String, String> given) {
    }

    private final Choices choices;
    private final StringBuilder out = new StringBuilder();

    private ProfileTemplate(Choices choices) {
        this.choices = choices;
    }

    public static String write(Choices choices, LocalDate today) {
        ProfileTemplate t = new ProfileTemplate(choices);
        t.out.append("# yaml-language-server: $schema=profile.schema.json\n");
        t.out.append("# The profile of ").append(choices.id()).append(", started by `policygen new` on ").append(today).append(".\n");
        t.out.append("#\n");
        t.out.append("# Every choice below is set to the model policy's default for this kind of setting: change each to what your school decided.\n");
        t.out.append("# Lines marked ").append(TO_FILL).append(" are facts only the school knows; `policygen check ").append(choices.id())
                .append("` lists each one until it is filled.\n");
        t.out.append("# Lines starting with # are comments; remove the # from an optional key to use it.\n");
        t.out.append("# Every key is explained in schools/README.md.\n");
        for (ProfileKeys.Key k : ProfileKeys.of(Profile.class).keys()) {
            t.out.append('\n');
            t.key(k, "", "", false);
        }
        return t.out.toString();
    }

    private void key(ProfileKeys.Key k, String path, String indent, boolean commented) {
        String keyPath = path.isEmpty() ? k.name() : path + "." + k.name();
        String c = commented ? "# " : "";
        if (k.name().equals("inherits") && path.isEmpty()) {
            comment(indent, k.meaning());
            out.append(indent).append("inherits: [").append(String.join(", ", choices.inherits())).append("]\n");
            return;
        }
        if (choices.fromLayers().contains(keyPath)) {
            out.append(indent).append("# ").append(k.name()).append(": given by schools/shared/")
                    .append(choices.layerOf().getOrDefault(keyPath, "")).append(".yml\n");
            return;
        }
        comment(indent + c, k.meaning());
        Optional<String> given = Optional.ofNullable(choices.given().get(keyPath));
        boolean optionalSection = k.component().getType() == Optional.class;
        if (k.shape() instanceof ProfileKeys.Section s) {
            // A section whose keys are all optional and none given would be an empty key: written commented out.
            boolean nothingInIt = s.keys().stream().allMatch(child -> child.component().getType() == Optional.class)
                    && choices.given().keySet().stream().noneMatch(g -> g.startsWith(keyPath + "."));
            boolean out_ = commented || (optionalSection && given.isEmpty()) || nothingInIt;
            if (out_ && !path.isEmpty()) {
                // An optional person or sub-section: one line saying what it holds, not a commented-out block.
                out.append(indent).append("# ").append(k.name()).append(":   # ").append(KeyReference.what(k).replace("`", "")).append('\n');
                return;
            }
            out.append(indent).append(out_ ? "# " : "").append(k.name()).append(":\n");
            for (ProfileKeys.Key child : s.keys()) key(child, keyPath, indent + "  ", out_);
            return;
        }
        String value;
        String note = "";
        if (given.isPresent()) {
            boolean word = k.shape() instanceof ProfileKeys.YesNo || k.shape() instanceof ProfileKeys.WholeNumber;
            value = word ? given.get() : yaml(given.get());
        } else if (k.shape() instanceof ProfileKeys.ListOf l) {
            value = "[]";
            if (l.item() instanceof ProfileKeys.Section s) {
                note = "each item has " + s.keys().stream().map(ProfileKeys.Key::name).collect(Collectors.joining(", "));
            }
        } else if (k.defaultValue().isPresent()) {
            boolean word = k.shape() instanceof ProfileKeys.YesNo || k.shape() instanceof ProfileKeys.WholeNumber;
            value = word ? k.defaultValue().get() : yaml(k.defaultValue().get());
            if (k.shape() instanceof ProfileKeys.Choice ch) note = "or " + others(ch, k.defaultValue().get());
        } else if ((!k.optional() || LearnerPhones.DECIDED_BY_EACH_SCHOOL.contains(keyPath)) && !commented) {
            value = "";
            String what = k.shape() instanceof ProfileKeys.Choice ch ? "one of " + String.join(", ", ch.words()) : KeyReference.what(k).replace("`", "");
            note = TO_FILL + (what.equals("text") ? "" : ": " + what);
        } else {
            // An optional fact: shown, not set.
            c = "# ";
            value = "";
            if (k.shape() instanceof ProfileKeys.Choice ch) note = "one of " + String.join(", ", ch.words());
        }
        out.append(indent).append(c).append(k.name()).append(':');
        if (!value.isEmpty()) out.append(' ').append(value);
        if (!note.isEmpty()) out.append(value.isEmpty() ? "   # " : "   # ").append(note);
        out.append('\n');
    }

    private static String others(ProfileKeys.Choice ch, String chosen) {
        return ch.words().stream().filter(w -> !w.equals(chosen)).collect(Collectors.joining(", "));
    }

    private void comment(String prefix, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && prefix.length() + 2 + line.length() + word.length() + 1 > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        String p = prefix.endsWith("# ") ? prefix : prefix + "# ";
        for (String l : lines) out.append(p).append(l).append('\n');
    }

    /** A value as YAML: plain when that reads back as the same text, else double-quoted. */
    static String yaml(String value) {
        // A number ("2026.12") would read back as one, not as the text.
        if (PLAIN.matcher(value).matches() && !value.matches("(?i)yes|no|true|false|on|off|null|~") && !value.matches("[0-9][0-9.]*")) return value;
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
