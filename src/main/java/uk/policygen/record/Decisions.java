package uk.policygen.record;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.policygen.profile.Profile;

/**
 * The decisions governors approve, read from a profile as "what → value" lines: people, dates,
 * review cycle, who approves, phone rules, staff devices, visitors' rules, channels. Read generically from the
 * profile's records, so a new key in those parts appears without a change here.
 */
public final class Decisions {
    private static final List<String> PARTS = List.of("people", "review", "signOff", "learnerPhones", "staffDevices",
            "restrictedAreas", "visitors", "socialMedia", "filteringAndMonitoring");
    // Not decisions to approve: the meeting's own date (a draft has none, so it would read "Removed"); the model edition
    // has its own table in the report, old → new.
    private static final java.util.Set<String> NOT_DECISIONS = java.util.Set.of("sign_off.approved_on");

    private Decisions() {
    }

    /** One line of the governors' table. */
    public record Row(String decision, String before, String after, String status) {
    }

    /**
     * For a school read from its files: a yes/no or a fixed choice the profile and its layers never wrote
     * ("Basic phone advice: no") is the tool's default, not a decision, and is left out of the governors' table.
     */
    public static Map<String, String> of(uk.policygen.profile.School s) {
        return of(s.profile(), s::wrote);
    }

    private static Map<String, String> of(Profile p, java.util.function.Predicate<String> written) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : Profile.class.getRecordComponents()) {
            if (!PARTS.contains(c.getName())) continue;
            try {
                flatten(label(c.getName()), snake(c.getName()), c.getAccessor().invoke(p), out, written);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        // A channel shared by the trust names the trust as governors know it, not by its layer's id ("brook-trust").
        p.group().ifPresent(g -> out.replaceAll((k, v) -> k.endsWith(" › " + label("sharedBy")) && v.equals(g.id()) ? g.name() : v));
        return out;
    }

    /** learnerPhones → learner_phones: a record component's key in the profile. */
    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Old → new for every decision in either; {@code before} null: the earlier version is not a profile. */
    public static List<Row> compare(Map<String, String> before, Map<String, String> after) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        after.keySet().forEach(k -> keys.put(k, k));
        if (before != null) before.keySet().forEach(k -> keys.putIfAbsent(k, k));
        for (String k : keys.keySet()) {
            String a = after.getOrDefault(k, "—");
            if (before == null) {
                rows.add(new Row(k, "see the earlier policy", a, "To confirm"));
                continue;
            }
            String b = before.getOrDefault(k, "—");
            rows.add(new Row(k, b, a, b.equals(a) ? "Unchanged" : !before.containsKey(k) ? "New" : !after.containsKey(k) ? "Removed" : "Changed"));
        }
        return rows;
    }

    private static void flatten(String label, String path, Object v, Map<String, String> out, java.util.function.Predicate<String> written)
            throws ReflectiveOperationException {
        if (v == null || NOT_DECISIONS.contains(path)) return;
        if (v instanceof Optional<?> o) {
            if (o.isPresent()) flatten(label, path, o.get(), out, written);
            return;
        }
        if (v instanceof Collection<?> list) {
            if (list.isEmpty()) return;
            boolean simple = list.stream().allMatch(x -> !(x instanceof Record));
            if (simple) {
                out.put(label, String.join("; ", list.stream().map(Decisions::text).toList()));
                return;
            }
            int i = 0;
            for (Object x : list) {
                flatten(label + " " + (i + 1), path + "[" + i + "]", x, out, written);
                i++;
            }
            return;
        }
        if (v instanceof Record r && r.getClass().getRecordComponents() != null && !isValue(r)) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                flatten(label + " › " + label(c.getName()), path + "." + snake(c.getName()), c.getAccessor().invoke(r), out, written);
            }
            return;
        }
        // A value nobody wrote (a yes/no, a fixed choice, a default word such as "headteacher") is the tool's default:
        // shown only where the school's files say it.
        if (!written.test(path)) return;
        if (v instanceof Boolean b) {
            out.put(label, b ? "yes" : "no");
            return;
        }
        out.put(label, text(v));
    }

    /** Records that read as one value (a date, a name, a phone number), printed whole, not field by field. */
    private static final java.util.Set<Class<?>> VALUES = java.util.Set.of(uk.policygen.profile.PolicyDate.class,
            uk.policygen.profile.PersonName.class, uk.policygen.profile.PhoneNumber.class, uk.policygen.profile.Email.class,
            uk.policygen.profile.WebAddress.class, uk.policygen.profile.YearGroups.class, uk.policygen.profile.YearGroup.class,
            uk.policygen.profile.Person.class);

    private static boolean isValue(Record r) {
        return VALUES.contains(r.getClass());
    }

    private static String text(Object v) {
        if (v instanceof Enum<?> e) return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (v instanceof uk.policygen.profile.PolicyDate d) return d.display();
        if (v instanceof uk.policygen.profile.Person p) return p.nameAndRole();
        return String.valueOf(v);
    }

    /** camelCase → "Camel case"; an initialism stays one ("lado" → "LADO", "dsl" → "DSL"). */
    static String label(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        words = java.util.Arrays.stream(words.split(" ")).map(w -> INITIALISMS.contains(w) ? w.toUpperCase(java.util.Locale.ROOT) : w)
                .collect(java.util.stream.Collectors.joining(" "));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static final java.util.Set<String> INITIALISMS = java.util.Set.of("lado", "dsl", "aup", "it", "send", "url");
}
