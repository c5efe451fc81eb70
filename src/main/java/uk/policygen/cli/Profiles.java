package uk.policygen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.profile.DidYouMean;
import uk.policygen.profile.ProfileLoader;

/**
 * Which profiles a command works on: the named ones, or all in the schools folder. A school is
 * named by its id ({@code littlebourne}) or by its file ({@code schools/littlebourne.yml}), so
 * the shell's file completion and a typed id both work; a misspelt id gets a suggestion.
 */
final class Profiles {
    private Profiles() {
    }

    static List<Path> select(ProfileLoader loader, Path schoolsDir, List<String> named, CommandSpec spec) {
        if (named.isEmpty()) {
            try {
                List<Path> all = loader.allProfiles();
                if (all.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "there are no profiles (*.yml) in "
                            + ProfileLoader.display(schoolsDir) + "; expected one file per school, or give --schools DIR");
                }
                return all;
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the schools folder "
                        + ProfileLoader.display(schoolsDir) + " (" + e.getMessage() + "); expected a folder of profiles, or give --schools DIR");
            }
        }
        List<Path> out = new ArrayList<>();
        for (String name : named) out.add(resolve(loader, schoolsDir, name, spec));
        return out;
    }

    /** A path when it looks like one (a folder or a .yml ending), else an id in the schools folder. */
    static Path resolve(ProfileLoader loader, Path schoolsDir, String name, CommandSpec spec) {
        boolean looksLikeFile = name.contains("/") || name.contains(java.io.File.separator) || name.matches(".*\\.ya?ml");
        if (looksLikeFile) {
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) return file;
            if (!name.contains("/") && !name.contains(java.io.File.separator)) {
                // "littlebourne.yml" typed without its folder.
                Path inSchools = schoolsDir.resolve(name);
                if (Files.isRegularFile(inSchools)) return inSchools;
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "there is no file " + name
                    + suggestion(loader, name, "; expected a school id such as " + example(loader) + " or a profile's path"));
        }
        Path file = loader.profileOf(name);
        if (Files.isRegularFile(file)) return file;
        throw new CommandLine.ParameterException(spec.commandLine(), "there is no school '" + name + "' in "
                + ProfileLoader.display(schoolsDir) + suggestion(loader, name,
                        "; expected a school id (a profile's file name without .yml), e.g. " + example(loader)));
    }

    private static String suggestion(ProfileLoader loader, String name, String otherwise) {
        String typed = Path.of(name).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return DidYouMean.closest(typed, ids(loader)).map(s -> "; did you mean '" + s + "'?").orElse(otherwise);
    }

    private static String example(ProfileLoader loader) {
        List<String> ids = ids(loader);
        return ids.isEmpty() ? "st-marys-primary" : ids.get(0);
    }

    static List<String> ids(ProfileLoader loader) {
        try {
            return loader.allProfiles().stream().map(p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", "")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
