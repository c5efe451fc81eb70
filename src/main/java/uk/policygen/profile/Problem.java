package uk.policygen.profile;

import uk.policygen.profile.yaml.Location;

/**
 * One thing wrong (or worth a look) in a profile, printed as
 * {@code schools/x.yml:12:5: review.next_review: what is wrong, what is expected}.
 */
public record Problem(Severity severity, Location at, String field, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(Location at, String field, String message) {
        return new Problem(Severity.ERROR, at, field, message);
    }

    public static Problem warning(Location at, String field, String message) {
        return new Problem(Severity.WARNING, at, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = field.isEmpty() ? "" : field + ": ";
        return at + ": " + (isError() ? "" : "warning: ") + where + message;
    }
}
