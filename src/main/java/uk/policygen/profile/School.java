package uk.policygen.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import uk.policygen.profile.yaml.Location;

/**
 * A loaded, valid school: its id (the profile's file name), the folder of its own files
 * ({@code schools/<id>/}, which may not exist), its profile, and where each field was written,
 * so later stages can still point at the line that caused a problem, and the shared layer
 * files it was laid over (kept with a ratified record).
 */
public record School(String id, Path file, Path ownFolder, Profile profile, Map<String, Location> where, List<Path> layers, java.util.Set<String> written) {

    /** Whether the profile or one of its layers wrote a value at this field path, rather than leave it to its default. */
    public boolean wrote(String fieldPath) {
        // A value written whole (a person: name, role …) is written where any of its parts is.
        return written.contains(fieldPath) || written.stream().anyMatch(w -> w.startsWith(fieldPath + ".") || w.startsWith(fieldPath + "["));
    }

    /** The location of a field path such as {@code local_sections[0].after}, or the file's start. */
    public Location at(String fieldPath) {
        Location l = where.get(fieldPath);
        return l != null ? l : where.getOrDefault("", new Location(file.toString(), 1, 1));
    }
}
