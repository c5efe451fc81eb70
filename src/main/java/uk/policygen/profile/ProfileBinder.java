package uk.policygen.profile;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.policygen.profile.yaml.Location;
import uk.policygen.profile.yaml.YNode;

/**
 * Binds located YAML to the profile records, collecting every problem instead of stopping at the
 * first. The records are the schema: a key is the snake_case of a component, an {@code Optional}
 * or a {@code List} may be left out, a {@code boolean} defaults to false, {@link DefaultValue}
 * supplies other defaults, and value types (dates, year groups, emails …) parse themselves through
 * a static {@code parse(String)} that explains what it expected.
 */
public final class ProfileBinder {
    private final Problems problems;
    private final Map<String, Location> where = new HashMap<>();
    private final Set<String> failed = new HashSet<>();
    /** The paths the profile (or a layer) wrote a value for; the others took their defaults. */
    private final Set<String> written = new HashSet<>();

    private ProfileBinder(Problems problems) {
        this.problems = problems;
    }

    /**
     * The bound value (null where errors were found) and where each field path was written.
     * {@code partial}: what did bind, when errors were found, with null wherever a value failed
     * (a list keeps a null in a failed item's place, so the others keep their numbers); null when
     * the top could not be built. The rule checks run on it, so a wrong type in one field does not
     * hide the other problems of the profile. {@code failed}: the field paths that failed to bind.
     */
    public record Bound<T>(T value, T partial, Map<String, Location> where, Set<String> failed, Set<String> written) {

        /** A problem about this field may only echo a binding error: it is the failed field, inside it, or a section holding it. */
        public boolean touchesFailed(String field) {
            for (String f : failed) {
                if (within(field, f) || within(f, field)) return true;
            }
            return false;
        }

        private static boolean within(String inner, String outer) {
            return outer.isEmpty() || inner.equals(outer) || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
        }
    }

    public static <T> Bound<T> bind(Class<T> type, YNode.Mapping root, Problems problems) {
        ProfileBinder binder = new ProfileBinder(problems);
        binder.where.put("", root.at());
        T value = type.cast(binder.bindRecord(type, root, ""));
        boolean errors = problems.hasErrors();
        return new Bound<>(errors ? null : value, errors ? value : null, Map.copyOf(binder.where), Set.copyOf(binder.failed),
                Set.copyOf(binder.written));
    }

    private boolean failedWithin(String path) {
        return failed.stream().anyMatch(f -> path.isEmpty() || f.equals(path) || f.startsWith(path + ".") || f.startsWith(path + "["));
    }

    /** A value that failed to bind: the problem is reported and its path remembered, so rules do not echo it. */
    private void fail(Location at, String path, String message) {
        failed.add(path);
        problems.error(at, path, message);
    }

    /** "last_reviewed" for the component lastReviewed. */
    public static String keyOf(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** "breaks-in-staff-areas" for BREAKS_IN_STAFF_AREAS. */
    public static String wordOf(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Object bindRecord(Class<?> type, YNode node, String path) {
        if (!(node instanceof YNode.Mapping map)) {
            fail(node.at(), path, "is " + node.kind() + "; expected a section with the keys "
                    + keysOf(type) + " on indented lines below it");
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new HashMap<>();
        for (RecordComponent c : components) byKey.put(keyOf(c.getName()), c);
        for (Map.Entry<String, YNode.Entry> e : map.entries().entrySet()) {
            if (!byKey.containsKey(e.getKey())) {
                String suggestion = DidYouMean.closest(e.getKey(), byKey.keySet())
                        .map(s -> "did you mean '" + s + "'? ").orElse("");
                fail(e.getValue().keyAt(), join(path, e.getKey()), "unknown key; " + suggestion
                        + "expected one of " + keysOf(type));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String key = keyOf(c.getName());
            String childPath = join(path, key);
            YNode.Entry entry = map.entries().get(key);
            if (entry != null && !(entry.value() instanceof YNode.Scalar s && s.isNull())) {
                where.put(childPath, entry.value().at());
                written.add(childPath);
                args[i] = bindValue(c.getGenericType(), entry.value(), childPath);
            } else {
                where.put(childPath, entry != null ? entry.keyAt() : map.at());
                // A key written with no value ("name:", as `policygen new` leaves a fact to fill) is reported at its own line.
                args[i] = absent(c, entry != null ? entry.keyAt() : map.at(), childPath);
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            if (!failedWithin(path)) {
                // no part failed, yet the record refused its values: say so rather than lose the section silently
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                fail(node.at(), path, cause.getMessage() != null ? cause.getMessage() : "cannot be read (" + cause + ")");
            }
            return null;
        }
    }

    private Object absent(RecordComponent c, Location at, String path) {
        Class<?> raw = c.getType();
        DefaultValue dv = c.getAnnotation(DefaultValue.class);
        if (dv != null) {
            return bindValue(c.getGenericType(), new YNode.Scalar(dv.value(), false, false, at), path);
        }
        if (raw == Optional.class) return Optional.empty();
        if (raw == List.class) return List.of();
        if (raw == boolean.class) return false;
        if (raw.isRecord() && !hasParse(raw) && Arrays.stream(raw.getRecordComponents()).allMatch(ProfileBinder::mayBeLeftOut)) {
            return bindRecord(raw, new YNode.Mapping(Map.of(), at), path);
        }
        fail(at, path, "is missing; expected " + expectation(c));
        return null;
    }

    /** A key that may be left out: it has a default, or is optional, a list, a yes/no, or a section of such keys. */
    public static boolean mayBeLeftOut(RecordComponent c) {
        Class<?> raw = c.getType();
        return raw == Optional.class || raw == List.class || raw == boolean.class || c.isAnnotationPresent(DefaultValue.class)
                || (raw.isRecord() && !hasParse(raw) && Arrays.stream(raw.getRecordComponents()).allMatch(ProfileBinder::mayBeLeftOut));
    }

    private Object bindValue(Type type, YNode node, String path) {
        Class<?> raw = rawOf(type);
        if (raw == Optional.class) {
            Object v = bindValue(argOf(type), node, path);
            return v == null ? null : Optional.of(v); // a failed value is not "left out": rules must not read it as absent
        }
        if (raw == List.class) {
            if (!(node instanceof YNode.Sequence seq)) {
                fail(node.at(), path, "is " + node.kind() + "; expected a list, one '- item' per line");
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                String itemPath = path + "[" + i + "]";
                where.put(itemPath, seq.items().get(i).at());
                out.add(bindValue(argOf(type), seq.items().get(i), itemPath)); // null for a failed item, which keeps the others' numbers
            }
            return out.contains(null) ? Collections.unmodifiableList(out) : List.copyOf(out);
        }
        if (raw.isRecord() && !hasParse(raw)) {
            return bindRecord(raw, node, path);
        }
        if (!(node instanceof YNode.Scalar scalar)) {
            fail(node.at(), path, "is " + node.kind() + "; expected " + expectation(type));
            return null;
        }
        String text = scalar.value().strip();
        if (raw == String.class) {
            if (text.isEmpty()) {
                fail(node.at(), path, "is empty; expected " + expectation(type));
                return null;
            }
            return text.replaceAll("\\s*\\R\\s*", " ");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes": return true;
                case "false", "no": return false;
                default:
                    fail(node.at(), path, "\"" + text + "\" is not yes or no; expected true or false");
                    return null;
            }
        }
        if (raw == int.class || raw == Integer.class) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                fail(node.at(), path, "\"" + text + "\" is not a whole number; expected e.g. 12");
                return null;
            }
        }
        if (raw.isEnum()) {
            for (Object constant : raw.getEnumConstants()) {
                if (wordOf((Enum<?>) constant).equals(text.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-'))) {
                    return constant;
                }
            }
            List<String> words = Arrays.stream(raw.getEnumConstants()).map(e -> wordOf((Enum<?>) e)).toList();
            String suggestion = DidYouMean.closest(text.toLowerCase(Locale.ROOT), words).map(s -> "did you mean '" + s + "'? ").orElse("");
            fail(node.at(), path, "\"" + text + "\" is not allowed here; " + suggestion + "expected one of " + String.join(", ", words));
            return null;
        }
        if (hasParse(raw)) {
            try {
                return raw.getMethod("parse", String.class).invoke(null, text);
            } catch (java.lang.reflect.InvocationTargetException e) {
                String why = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : String.valueOf(e.getCause());
                fail(node.at(), path, why);
                return null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no binding for " + type + " at " + path);
    }

    /** A value type that parses itself from text (a date, an email …) rather than a section of keys. */
    public static boolean hasParse(Class<?> raw) {
        try {
            Method m = raw.getMethod("parse", String.class);
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == raw;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** What to write for a key: its own description where it has one, else its type's. */
    public static String expectation(RecordComponent c) {
        Expect e = c.getAnnotation(Expect.class);
        return e != null ? e.value() : expectation(c.getGenericType());
    }

    /** What a value of this type looks like, for "expected …" in messages. */
    public static String expectation(Type type) {
        Class<?> raw = rawOf(type);
        if (raw == Optional.class) return expectation(argOf(type));
        if (raw == List.class) return "a list of " + expectation(argOf(type)).replaceFirst("^an? ", "") + " items";
        if (raw == String.class) return "some text";
        if (raw == boolean.class) return "true or false";
        if (raw == PolicyDate.class) return "a date such as 2024-09-25 (or 2024-09 when only the month is known)";
        if (raw == YearGroups.class) return "year groups such as \"Reception to Year 6\"";
        if (raw == PersonName.class) return "a person's name";
        if (raw == Email.class) return "an email address";
        if (raw == PhoneNumber.class) return "a phone number";
        if (raw == WebAddress.class) return "a web address starting https://";
        if (raw.isEnum()) return "one of " + Arrays.stream(raw.getEnumConstants()).map(e -> wordOf((Enum<?>) e)).collect(Collectors.joining(", "));
        if (raw.isRecord()) return "a section with the keys " + keysOf(raw);
        return "a value";
    }

    private static String keysOf(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> keyOf(c.getName())).collect(Collectors.joining(", "));
    }

    private static Class<?> rawOf(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argOf(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
