package uk.policygen.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import uk.policygen.profile.LocalSection;
import uk.policygen.profile.School;

/**
 * The files of a school's own folder ({@code schools/<id>/}) that its documents are made from: those its
 * profile and layers name (its local sections and its logo), and its own templates ({@code templates/}
 * there, a folder of its template lookup order). Nothing else in the folder is read, hashed or recorded:
 * it may hold the business manager's drafts and notes, which are nobody else's business.
 */
final class OwnFiles {
    static final String TEMPLATES = "templates";

    private OwnFiles() {
    }

    /** The names the profile gives, as written (relative to the school's folder), each once, in the order given. */
    static List<String> named(School school) {
        Set<String> names = new LinkedHashSet<>();
        for (LocalSection s : school.profile().localSections()) names.add(s.file());
        school.profile().school().logo().ifPresent(names::add);
        return List.copyOf(names);
    }

    /** Every regular file of the school's own templates, in order, never through a link; none when it has none. */
    static List<Path> templates(School school) throws IOException {
        Path dir = school.ownFolder().resolve(TEMPLATES);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    /** A named file's path as the profile names it, inside the school's folder (checked by the profile's rules before a build). */
    static Path path(School school, String name) {
        return school.ownFolder().toAbsolutePath().normalize().resolve(name).normalize();
    }
}
