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

import uk.policygen.publish.PackBuilder;

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
        // The same checks build runs before it writes (profile, records, section places), so both give one verdict.
        PackBuilder builder = new PackBuilder(options.schools, options.templates, Path.of("output"), options.today());
        List<Path> profiles = files.isEmpty() ? Profiles.select(builder.loader(), List.of(), spec) : files;
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr());
        for (Path profile : profiles) {
            PackBuilder.Outcome checked = builder.check(profile);
            report.problems(checked.problems());
            report.line(checked.id() + ": " + (checked.ok() ? "ok" : "invalid"));
            report.count(checked.ok());
        }
        return report.finish();
    }
}
