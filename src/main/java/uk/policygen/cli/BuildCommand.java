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

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Writes each school's policies and Acceptable Use Policy forms (HTML and PDF) and its index page",
                "into the output folder. With no SCHOOL_ID, builds every profile in the schools folder.",
                "Invalid profiles are reported and skipped; the others are still built."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Mixin
    OutputOption output = new OutputOption();

    @Parameters(paramLabel = "SCHOOL_ID", arity = "0..*", description = "The schools to build, by profile name (e.g. littlebourne).")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try {
            new uk.policygen.publish.OutputFolder(output.out, List.of(options.schools, options.templates)).checkRoot();
        } catch (uk.policygen.publish.OutputFolder.Refused e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PackBuilder builder = new PackBuilder(options.schools, options.templates, output.out, options.today());
        List<Path> profiles = Profiles.select(builder.loader(), ids, spec);
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr());
        for (Path profile : profiles) {
            PackBuilder.Outcome o;
            try {
                o = builder.build(profile);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError | AssertionError e) {
                // A bug met on one school's input: that school fails alone, the run goes on, the exit code says so.
                report.line(profile.getFileName() + ": not built: policygen failed on it (internal error: " + e + Main.crashLog(e)
                        + "); its previous files are unchanged");
                report.crashed();
                continue;
            }
            report.problems(o.problems());
            if (o.ok()) {
                report.line(o.id() + ": wrote " + o.written().size() + " files to " + output.out.resolve(o.id()));
            } else {
                report.line(o.id() + ": not built (see the errors above)");
            }
            report.count(o.ok());
        }
        return report.finish();
    }
}
