package uk.policygen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.profile.ProfileLoader;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks profiles and reports every problem at once. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Profiles to check (default: every profile in the schools folder).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ProfileLoader loader = new ProfileLoader(options.schools, options.today());
        List<Path> profiles = files.isEmpty() ? Profiles.select(loader, List.of(), spec) : files;
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr());
        for (Path profile : profiles) {
            ProfileLoader.Result r = loader.load(profile);
            report.problems(r.problems());
            report.line(r.id() + ": " + (r.ok() ? "ok" : "invalid"));
            report.count(r.ok());
        }
        return report.finish();
    }
}
