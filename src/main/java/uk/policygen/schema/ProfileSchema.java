package uk.policygen.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.policygen.profile.PhoneNumber;
import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.Profile;
import uk.policygen.profile.WebAddress;

/**
 * The JSON Schema (draft-07, the level the YAML language server reads) for a profile and for a
 * shared layer, generated from the records. No key is marked required: a profile may leave a key
 * to a layer it inherits, so only {@code check} can say what is missing; the schema gives the
 * editor the keys, their types, allowed words, defaults and meanings, and flags unknown keys.
 */
public final class ProfileSchema {
    /** Where the schema is shipped, relative to the project, and what profiles point at. */
    public static final String FILE = "schools/profile.schema.json";

    private final Map<String, Object> definitions = new TreeMap<>();

    private ProfileSchema() {
    }

    public static Map<String, Object> of(Class<?> root) {
        ProfileSchema s = new ProfileSchema();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "http://json-schema.org/draft-07/schema#");
        doc.put("$id", "https://policygen.invalid/profile.schema.json");
        doc.put("title", "policygen school profile or shared layer");
        doc.put("description", "The facts about one school (schools/<id>.yml) or what many schools share (schools/shared/<name>.yml)."
                + " Generated from the profile records by `policygen schema --write`; do not edit by hand.");
        Map<String, Object> body = s.section(ProfileKeys.of(root), true);
        doc.putAll(body);
        doc.put("definitions", s.definitions);
        return doc;
    }

    /** The schema as shipped: two-space indented JSON, one trailing newline, the same bytes every time. */
    public static String json() {
        try {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(pretty).writeValueAsString(of(Profile.class)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> section(ProfileKeys.Section section, boolean root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        for (ProfileKeys.Key k : section.keys()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("description", k.meaning());
            if (root && k.name().equals("inherits")) {
                // The loader takes one name or a list of names.
                p.put("description", "The shared layers this file builds on, in order, e.g. [kent] (files in schools/shared/).");
                Map<String, Object> list = new LinkedHashMap<>();
                list.put("type", "array");
                list.put("items", Map.of("type", "string"));
                // Ordered maps only: Map.of's order changes from run to run, and the shipped file must not.
                p.put("anyOf", List.of(Map.of("type", "string"), list));
            } else {
                p.putAll(value(k.shape()));
            }
            k.defaultValue().ifPresent(d -> p.put("default", defaultOf(k.shape(), d)));
            props.put(k.name(), p);
        }
        m.put("properties", props);
        m.put("additionalProperties", false);
        return m;
    }

    private Map<String, Object> value(ProfileKeys.Shape shape) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (shape instanceof ProfileKeys.YesNo) {
            m.put("type", "boolean");
        } else if (shape instanceof ProfileKeys.WholeNumber) {
            m.put("type", "integer");
        } else if (shape instanceof ProfileKeys.Choice c) {
            m.put("type", "string");
            m.put("enum", c.words());
        } else if (shape instanceof ProfileKeys.ListOf l) {
            m.put("type", "array");
            // A school's list adds to its layers'; "- drop: <name>" removes an inherited item (the loader
            // says which lists allow it).
            Map<String, Object> drop = new LinkedHashMap<>();
            drop.put("type", "object");
            Map<String, Object> dropProps = new LinkedHashMap<>();
            Map<String, Object> dropName = new LinkedHashMap<>();
            dropName.put("type", "string");
            dropName.put("description", "Removes an item a shared layer gives (a channel by its platform or address, anything else by its text).");
            dropProps.put("drop", dropName);
            drop.put("properties", dropProps);
            drop.put("required", List.of("drop"));
            drop.put("additionalProperties", false);
            m.put("items", Map.of("anyOf", List.of(value(l.item()), drop)));
        } else if (shape instanceof ProfileKeys.Section s) {
            String name = definitionName(s.type());
            if (!definitions.containsKey(name)) {
                definitions.put(name, Map.of()); // placeholder: a record that contains itself stops here
                definitions.put(name, section(s, false));
            }
            // Draft-07 ignores a $ref's siblings, so the key's description would be lost beside a bare $ref.
            m.put("allOf", List.of(Map.of("$ref", "#/definitions/" + name)));
        } else if (shape instanceof ProfileKeys.Text t) {
            m.putAll(text(t.type()));
        }
        return m;
    }

    /** Text as YAML may write it: a plain 2024 or 999 is a number to an editor, and fine to policygen. */
    private static Map<String, Object> text(Class<?> type) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (type == PolicyDate.class) {
            m.put("type", "string");
            m.put("pattern", "^\\d{4}-\\d{2}(-\\d{2})?$");
        } else if (type == WebAddress.class) {
            m.put("type", "string");
            m.put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://");
        } else if (type == PhoneNumber.class) {
            m.put("type", List.of("string", "integer"));
        } else {
            m.put("type", List.of("string", "number"));
        }
        return m;
    }

    private static Object defaultOf(ProfileKeys.Shape shape, String written) {
        if (shape instanceof ProfileKeys.YesNo) return Boolean.parseBoolean(written);
        if (shape instanceof ProfileKeys.WholeNumber) return Integer.parseInt(written);
        return written;
    }

    /** "Person", "AdviceContact" for Advice.Contact. */
    static String definitionName(Class<?> type) {
        List<String> parts = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) parts.add(0, c.getSimpleName());
        return String.join("", parts);
    }
}
