package uk.policygen.profile.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that every problem found later can be
 * reported at its line and column. Scalars are kept as text: typing happens in the binder, which
 * sidesteps YAML 1.1's "no means false" and "010 means 8".
 */
public sealed interface YNode {
    Location at();

    /** A word for error messages: "a list", "a section", "text". */
    String kind();

    record Scalar(String value, boolean isNull, boolean quoted, Location at) implements YNode {
        public String kind() {
            return isNull ? "nothing" : "a single value";
        }
    }

    record Sequence(List<YNode> items, Location at) implements YNode {
        public String kind() {
            return "a list";
        }
    }

    record Mapping(Map<String, Entry> entries, Location at) implements YNode {
        public String kind() {
            return "a section of keys";
        }

        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }
    }

    /** A key's own position and its value. */
    record Entry(Location keyAt, YNode value) {
    }
}
