package uk.policygen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.profile.DidYouMean;
import uk.policygen.profile.Problem;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.yaml.Location;

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
                if (all.isEmpty() && misnamed(schoolsDir).isEmpty()) {
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
        boolean looksLikeFile = name.contains("/") || name.contains(java.io.File.separator) || name.matches("(?i).*\\.ya?ml");
        if (looksLikeFile) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file) && !name.contains("/") && !name.contains(java.io.File.separator)) {
                // "littlebourne.yml" typed without its folder.
                file = schoolsDir.resolve(name);
            }
            if (Files.isRegularFile(file)) {
                if (PROFILE.matcher(file.getFileName().toString()).matches()) return file;
                throw new CommandLine.ParameterException(spec.commandLine(), ProfileLoader.display(file) + " " + notRead(file));
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "there is no file " + name
                    + suggestion(loader, name, "; expected a school id such as " + example(loader) + " or a profile's path"));
        }
        Path file = loader.profileOf(name);
        if (Files.isRegularFile(file)) return file;
        for (Path wrong : misnamed(schoolsDir)) {
            if (idOf(wrong).equals(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "there is no school '" + name + "' in "
                        + ProfileLoader.display(schoolsDir) + ": its profile " + ProfileLoader.display(wrong) + " " + notRead(wrong));
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "there is no school '" + name + "' in "
                + ProfileLoader.display(schoolsDir) + suggestion(loader, name,
                        "; expected a school id (a profile's file name without .yml), e.g. " + example(loader)));
    }

    /** A profile's name as policygen reads it: the id, then .yml in lower case. */
    private static final java.util.regex.Pattern PROFILE = java.util.regex.Pattern.compile(".*\\.yml");
    /** A YAML file by another ending (.yaml, .YML, .Yaml …): a profile saved under a name policygen does not read. */
    private static final java.util.regex.Pattern OTHER_YAML = java.util.regex.Pattern.compile("(?i).*\\.ya?ml");

    /**
     * The files in the schools folder saved as a profile under another ending (littlebourne.yaml, littlebourne.YML).
     * policygen reads only SCHOOL_ID.yml (the id names the school's folder, its records and its output), so these
     * are reported by name rather than passed over without a word, which left a school out of every build.
     */
    static List<Path> misnamed(Path schoolsDir) {
        try (var files = Files.list(schoolsDir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return OTHER_YAML.matcher(n).matches() && !PROFILE.matcher(n).matches() && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // the folder itself is reported where the profiles are listed
        }
    }

    /** Every misnamed profile as an error of its own, counted as a school with errors, when every school was asked for. */
    static void reportMisnamed(Report report, Path schoolsDir, List<String> named) {
        if (!named.isEmpty()) return; // a school named on the command line is resolved, or refused, by resolve
        for (Path wrong : misnamed(schoolsDir)) {
            report.problems(List.of(misnamedProblem(wrong)));
            report.school(idOf(wrong), ProfileLoader.display(wrong), false);
        }
    }

    static Problem misnamedProblem(Path wrong) {
        return Problem.error(new Location(ProfileLoader.display(wrong), 1, 1), "", "this profile " + notRead(wrong));
    }

    /** "is not read: …; expected it renamed to littlebourne.yml", or to be merged into the profile that has that name. */
    private static String notRead(Path wrong) {
        Path right = wrong.resolveSibling(idOf(wrong) + ".yml");
        String why = "is not read: policygen reads only profiles named SCHOOL_ID.yml (the ending in lower case)";
        if (Files.isRegularFile(right)) {
            return why + ", and " + right.getFileName() + " is this school's profile; expected what this file holds moved into "
                    + right.getFileName() + ", and this file deleted";
        }
        return why + "; expected it renamed to " + right.getFileName();
    }

    private static String idOf(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
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
