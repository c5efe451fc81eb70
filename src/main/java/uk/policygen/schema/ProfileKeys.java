package uk.policygen.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.policygen.profile.DefaultValue;
import uk.policygen.profile.Describe;
import uk.policygen.profile.Expect;
import uk.policygen.profile.ProfileBinder;

/**
 * The profile's keys, read from the records exactly as {@link ProfileBinder} binds them: a key is
 * the snake_case of a component; {@code Optional}, {@code List}, yes/no and defaulted keys may be
 * left out; a type with a static {@code parse(String)} is one value written as text. The schema
 * and the key reference are both drawn from this one walk, so neither is kept by hand.
 */
public final class ProfileKeys {
    private ProfileKeys() {
    }

    /** What a value is, as a business manager writes it. */
    public sealed interface Shape {
    }

    /** Some text ({@code String}), or a value written as text that parses itself ({@code PolicyDate}, {@code Email} …). */
    public record Text(Class<?> type) implements Shape {
    }

    public record YesNo() implements Shape {
    }

    public record WholeNumber() implements Shape {
    }

    /** One of a fixed set of words (an enum). */
    public record Choice(Class<?> type, List<String> words) implements Shape {
    }

    /** A section of keys (a record). */
    public record Section(Class<?> type, List<Key> keys) implements Shape {
    }

    public record ListOf(Shape item) implements Shape {
    }

    /**
     * One key: its name, what it means (its {@link Describe}, else its {@link Expect}, else what
     * its type looks like), its default as written in YAML, and whether it may be left out.
     */
    public record Key(String name, Shape shape, String meaning, Optional<String> defaultValue, boolean optional, RecordComponent component) {
    }

    public static Section of(Class<?> record) {
        return new Section(record, Arrays.stream(record.getRecordComponents()).map(ProfileKeys::key).toList());
    }

    private static Key key(RecordComponent c) {
        Describe d = c.getAnnotation(Describe.class);
        Expect e = c.getAnnotation(Expect.class);
        String meaning = d != null ? d.value() : e != null ? e.value() : ProfileBinder.expectation(c);
        DefaultValue dv = c.getAnnotation(DefaultValue.class);
        Optional<String> def = dv != null ? Optional.of(dv.value()) : c.getType() == boolean.class ? Optional.of("false") : Optional.empty();
        return new Key(ProfileBinder.keyOf(c.getName()), shape(c.getGenericType()), meaning, def, ProfileBinder.mayBeLeftOut(c), c);
    }

    static Shape shape(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Optional.class) return shape(((ParameterizedType) type).getActualTypeArguments()[0]);
        if (raw == List.class) return new ListOf(shape(((ParameterizedType) type).getActualTypeArguments()[0]));
        if (raw == boolean.class || raw == Boolean.class) return new YesNo();
        if (raw == int.class || raw == Integer.class) return new WholeNumber();
        if (raw.isEnum()) {
            return new Choice(raw, Arrays.stream(raw.getEnumConstants()).map(k -> ProfileBinder.wordOf((Enum<?>) k)).toList());
        }
        if (raw.isRecord() && !ProfileBinder.hasParse(raw)) return of(raw);
        return new Text(raw);
    }
}
