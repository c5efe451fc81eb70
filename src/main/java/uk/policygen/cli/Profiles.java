package uk.policygen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.profile.ProfileLoader;

/** Which profiles a command works on: the named ones, or all in the schools folder. */
final class Profiles {
    private Profiles() {
    }

    static List<Path> select(ProfileLoader loader, List<String> ids, CommandSpec spec) {
        if (!ids.isEmpty()) {
            List<Path> out = new ArrayList<>();
            for (String id : ids) out.add(loader.profileOf(id.replaceFirst("\\.ya?ml$", "")));
            return out;
        }
        try {
            List<Path> all = loader.allProfiles();
            if (all.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no profiles (*.yml) in the schools folder");
            }
            return all;
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the schools folder: " + e.getMessage());
        }
    }

}
