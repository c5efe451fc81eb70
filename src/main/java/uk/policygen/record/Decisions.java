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
            "restrictedAreas", "visitors", "socialMedia", "modelEdition", "filteringAndMonitoring");

    private Decisions() {
    }

    /** One line of the governors' table. */
    public record Row(String decision, String before, String after, String status) {
    }

    public static Map<String, String> of(Profile p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : Profile.class.getRecordComponents()) {
            if (!PARTS.contains(c.getName())) continue;
            try {
                flatten(label(c.getName()), c.getAccessor().invoke(p), out);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
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

    private static void flatten(String label, Object v, Map<String, String> out) throws ReflectiveOperationException {
        if (v == null) return;
        if (v instanceof Optional<?> o) {
            if (o.isPresent()) flatten(label, o.get(), out);
            return;
        }
        if (v instanceof Collection<?> list) {
            if (list.isEmpty()) return;
            boolean simple = list.stream().allMatch(x -> !(x instanceof Record));
            if (simple) {
                out.put(label, String.join("; ", list.stream().map(Decisions::text).toList()));
                return;
            }
            int i = 1;
            for (Object x : list) flatten(label + " " + i++, x, out);
            return;
        }
        if (v instanceof Record r && r.getClass().getRecordComponents() != null && !isValue(r)) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                flatten(label + " › " + label(c.getName()), c.getAccessor().invoke(r), out);
            }
            return;
        }
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
