package uk.policygen.profile.yaml;

/** A place in a profile file, 1-based, as editors show it. */
public record Location(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
