package uk.policygen.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.policygen.profile.Guidance;
import uk.policygen.profile.Problem;
import uk.policygen.profile.yaml.Location;
import uk.policygen.profile.yaml.YNode;
import uk.policygen.profile.yaml.YamlReader;

/**
 * Reads one edition file ({@code templates/model/edition.yml} or {@code templates/editions/<edition>/edition.yml})
 * and reports everything wrong with it at once, each at its line and column: bad YAML, a key it does not
 * know, a field it lacks, a {@code meets:} naming guidance policygen does not know. Whoever edits the model
 * keeps this file by hand, so a slip there is reported like a slip in a profile, never as a stack trace.
 */
final class EditionFile {
    /** The guidance a changelog line may say it meets: the keys of guidance.yml. */
    static final Set<String> GUIDANCE = guidanceKeys();
    private static final String EDITION = "\\d{4}\\.\\d{2}";
    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    private static final String CLAUSE_ID = "(mobile|social-media|aup)\\.[a-z0-9.-]+";

    private final String folder;
    private final List<Problem> problems;

    private EditionFile(String folder, List<Problem> problems) {
        this.folder = folder;
        this.problems = problems;
    }

    private static Set<String> guidanceKeys() {
        Set<String> out = new TreeSet<>();
        for (var c : Guidance.class.getRecordComponents()) out.add(Guidance.key(c.getName()));
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * The edition the file describes, or null when it cannot be used (each reason added to {@code problems});
     * a missing file is the unnamed edition of a test's own templates, as before.
     */
    static ModelEdition read(Path file, String unnamed, List<Problem> problems) {
        return read(file, unnamed, null, problems);
    }

    /** The same, for an overlay whose folder names its edition ({@code folder}): the file must name the same. */
    static ModelEdition read(Path file, String unnamed, String folder, List<Problem> problems) {
        if (!Files.isRegularFile(file)) return new ModelEdition(unnamed, "", List.of());
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.error(new Location(name, 1, 1), "", "cannot be read (" + e.getMessage() + "); expected a readable YAML file"));
            return null;
        }
        int before = problems.size();
        YNode.Mapping root = YamlReader.read(name, bytes, t -> problems.add(Problem.error(t.at(), "", t.message())));
        if (root == null) return null;
        ModelEdition e = new EditionFile(folder, problems).edition(root);
        return problems.size() > before ? null : e;
    }

    private ModelEdition edition(YNode.Mapping root) {
        known(root, "", Set.of("edition", "date", "changelog"), "edition, date and changelog");
        String edition = text(root, "", "edition", EDITION, "the edition's name in quotes, e.g. edition: \"2026.12\"");
        if (edition != null && folder != null && !edition.equals(folder)) {
            error(root.entries().get("edition").value().at(), "edition", "\"" + edition + "\" differs from its folder's name; expected edition: \""
                    + folder + "\" (the folder templates/editions/" + folder + "/)");
        }
        String date = text(root, "", "date", MONTH, "the month it was published, e.g. date: 2026-12");
        List<ModelEdition.Change> changelog = new ArrayList<>();
        YNode.Entry log = root.entries().get("changelog");
        if (log != null && log.value() instanceof YNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                ModelEdition.Change c = change(s.items().get(i), "changelog[" + i + "]");
                if (c != null) changelog.add(c);
            }
        } else if (log != null && !isNull(log.value())) {
            error(log.value().at(), "changelog", "is " + log.value().kind() + "; expected a list of editions, newest first, each with edition, date and changes");
        }
        return new ModelEdition(edition, date, changelog);
    }

    private ModelEdition.Change change(YNode node, String field) {
        if (!(node instanceof YNode.Mapping m)) {
            error(node.at(), field, "is " + node.kind() + "; expected an edition's entry with edition, date and changes");
            return null;
        }
        known(m, field, Set.of("edition", "date", "changes"), "edition, date and changes");
        String edition = text(m, field, "edition", EDITION, "the edition's name in quotes, e.g. edition: \"2026.12\"");
        String date = text(m, field, "date", MONTH, "the month it was published, e.g. date: 2026-12");
        List<ModelEdition.Line> lines = new ArrayList<>();
        YNode.Entry changes = m.entries().get("changes");
        if (changes == null) {
            error(m.at(), field + ".changes", "is missing; expected changes: a list with a line per change a governor would notice");
        } else if (changes.value() instanceof YNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                ModelEdition.Line l = line(s.items().get(i), field + ".changes[" + i + "]");
                if (l != null) lines.add(l);
            }
        } else {
            error(changes.value().at(), field + ".changes", "is " + changes.value().kind()
                    + "; expected a list with a line per change a governor would notice");
        }
        return ModelEdition.Change.of(edition, date, lines);
    }

    private ModelEdition.Line line(YNode node, String field) {
        if (node instanceof YNode.Scalar s && !s.isNull() && !s.value().isBlank()) return ModelEdition.Line.plain(s.value());
        if (!(node instanceof YNode.Mapping m)) {
            error(node.at(), field, "is " + node.kind() + "; expected a line of text, or text, meets and clauses");
            return null;
        }
        known(m, field, Set.of("text", "meets", "clauses"), "text, meets and clauses");
        String text = text(m, field, "text", ".*\\S.*", "the change in a governor's words, e.g. text: \"Phones: the school day is phone-free.\"");
        List<String> meets = list(m, field, "meets", GUIDANCE::contains, "guidance policygen knows", "a key of schools/shared/guidance.yml: " + String.join(", ", GUIDANCE));
        List<String> clauses = list(m, field, "clauses", id -> id.matches(CLAUSE_ID), "a full clause id",
                "a clause's full id as docs/CLAUSES.md lists it, e.g. mobile.phone-free-school-day.whole-day");
        return ModelEdition.Line.of(text, meets, clauses);
    }

    /** Every key of a section is one it knows; a misspelt one would otherwise be dropped without a word. */
    private void known(YNode.Mapping m, String field, Set<String> keys, String expected) {
        for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
            if (!keys.contains(e.getKey())) {
                error(e.getValue().keyAt(), join(field, e.getKey()), "is not a key of an edition file here; expected " + expected);
            }
        }
    }

    private String text(YNode.Mapping m, String field, String key, String pattern, String expected) {
        YNode.Entry e = m.entries().get(key);
        if (e == null) {
            error(m.at(), join(field, key), "is missing; expected " + expected);
            return null;
        }
        if (!(e.value() instanceof YNode.Scalar s) || s.isNull()) {
            error(e.value().at(), join(field, key), "is " + e.value().kind() + "; expected " + expected);
            return null;
        }
        if (!s.value().matches(pattern)) {
            error(s.at(), join(field, key), "\"" + s.value() + "\" is not in the expected form; expected " + expected);
            return null;
        }
        return s.value();
    }

    private List<String> list(YNode.Mapping m, String field, String key, java.util.function.Predicate<String> valid, String what, String expected) {
        YNode.Entry e = m.entries().get(key);
        if (e == null || isNull(e.value())) return List.of();
        if (!(e.value() instanceof YNode.Sequence s)) {
            error(e.value().at(), join(field, key), "is " + e.value().kind() + "; expected a list, each " + expected);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            YNode item = s.items().get(i);
            String f = join(field, key) + "[" + i + "]";
            if (!(item instanceof YNode.Scalar v) || v.isNull()) {
                error(item.at(), f, "is " + item.kind() + "; expected " + expected);
            } else if (!valid.test(v.value())) {
                error(v.at(), f, "\"" + v.value() + "\" is not " + what + "; expected " + expected);
            } else {
                out.add(v.value());
            }
        }
        return out;
    }

    private static boolean isNull(YNode n) {
        return n instanceof YNode.Scalar s && s.isNull();
    }

    private static String join(String field, String key) {
        return field.isEmpty() ? key : field + "." + key;
    }

    private void error(Location at, String field, String message) {
        problems.add(Problem.error(at, field, message));
    }
}
