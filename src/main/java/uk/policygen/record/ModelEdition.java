package uk.policygen.record;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One edition of the model templates and its dated changelog: the base edition in
 * {@code templates/model/edition.yml}, or a later one in {@code templates/editions/<edition>/edition.yml}
 * that a school adopts at its review ({@link ModelEditions}). A record pins the edition it was written from.
 */
public record ModelEdition(@JsonProperty("edition") String edition, @JsonProperty("date") String date,
                           @JsonProperty("changelog") List<Change> changelog) {
    public static final String FILE = "model/edition.yml";

    public ModelEdition {
        changelog = changelog == null ? List.of() : changelog;
    }

    /**
     * One edition's changes. {@code changes} is what a governor reads (one line each); {@code lines}
     * the same lines with what each meets and the clauses it brings, so a school is told only the
     * lines that apply to it.
     */
    public record Change(String edition, String date, List<String> changes, @JsonIgnore List<Line> lines) {
        @JsonCreator
        public static Change of(@JsonProperty("edition") String edition, @JsonProperty("date") String date,
                                @JsonProperty("changes") List<Line> lines) {
            List<Line> l = lines == null ? List.of() : List.copyOf(lines);
            return new Change(edition, date, l.stream().map(Line::text).toList(), l);
        }

        /** The lines that apply to a school whose documents print these clause ids. */
        public List<String> applying(java.util.Set<String> printed) {
            return lines.stream().filter(l -> l.clauses().isEmpty() || l.clauses().stream().anyMatch(printed::contains))
                    .map(Line::text).toList();
        }
    }

    /**
     * A changelog line: plain words, or {@code {text, meets, clauses}} where {@code meets} names the
     * guidance (keys of {@code guidance.yml}) the change answers and {@code clauses} the clause ids it
     * adds or rewords (a line applies to a school whose documents print at least one of them).
     */
    public record Line(String text, List<String> meets, List<String> clauses) {
        public Line {
            meets = meets == null ? List.of() : List.copyOf(meets);
            clauses = clauses == null ? List.of() : List.copyOf(clauses);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Line plain(String text) {
            return new Line(text, List.of(), List.of());
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static Line of(@JsonProperty("text") String text, @JsonProperty("meets") List<String> meets,
                              @JsonProperty("clauses") List<String> clauses) {
            return new Line(text, meets, clauses);
        }
    }

    /** The changelog entries after {@code since} (every entry newer than that edition), newest first. */
    public List<Change> since(String since) {
        if (since == null || since.isEmpty()) return changelog;
        int i = 0;
        while (i < changelog.size() && !changelog.get(i).edition().equals(since)) i++;
        return changelog.subList(0, i);
    }
}
