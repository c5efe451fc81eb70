package uk.policygen.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.policygen.profile.yaml.Location;

/** Every problem found in one school's files, collected so that all are reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void error(Location at, String field, String message) {
        list.add(Problem.error(at, field, message));
    }

    public void warning(Location at, String field, String message) {
        list.add(Problem.warning(at, field, message));
    }

    public void add(Problem p) {
        list.add(p);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** In file order, so the report reads top to bottom like the profile. */
    public List<Problem> all() {
        return list.stream()
                .sorted(Comparator.comparing((Problem p) -> p.at().file())
                        .thenComparingInt(p -> p.at().line())
                        .thenComparingInt(p -> p.at().column()))
                .toList();
    }
}
