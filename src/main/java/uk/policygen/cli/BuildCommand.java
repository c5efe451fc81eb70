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
import uk.policygen.Policygen;
import uk.policygen.publish.PackBuilder;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Writes each school's policies and Acceptable Use Policy forms (HTML and PDF) and its index page into the"
                + " output folder. With no SCHOOL, builds every profile in the schools folder.",
                "Invalid profiles are reported and skipped; the others are still built."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Mixin
    OutputOption output = new OutputOption();

    @Parameters(paramLabel = "SCHOOL", arity = "0..*",
            description = "The schools to build, by id (littlebourne) or file (schools/littlebourne.yml).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try {
            new uk.policygen.publish.OutputFolder(output.out, List.of(options.schools, options.templates)).checkRoot();
        } catch (uk.policygen.publish.OutputFolder.Refused e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PackBuilder builder = new PackBuilder(options.schools, options.templates, output.out, options.today());
        List<Path> profiles = Profiles.select(builder.loader(), options.schools, names, spec);
        Report report = Report.of(spec, options, null);
        Profiles.reportMisnamed(report, options.schools, names);
        int i = 0;
        // Schools are built in order (in parallel for a large build); each outcome is reported as it arrives.
        // The builder made to find the profiles builds the first of them, so the editions are read and the template engine set up once.
        java.util.concurrent.atomic.AtomicReference<PackBuilder> unused = new java.util.concurrent.atomic.AtomicReference<>(builder);
        java.util.function.Supplier<PackBuilder> builders = () -> {
            PackBuilder first = unused.getAndSet(null);
            return first != null ? first : new PackBuilder(options.schools, options.templates, output.out, options.today());
        };
        for (PackBuilder.Outcome o : Policygen.build(builders, profiles)) {
            Path profile = profiles.get(i);
            report.progress(i++, profiles.size(), profile.getFileName().toString());
            if (o.crashed()) {
                // A bug met on one school's input: that school fails alone, the run goes on, the exit code says so.
                report.line(profile.getFileName() + ": not built: policygen failed on it (internal error: " + Main.briefly(o.crash()) + Main.crashLog(o.crash())
                        + "); its previous files are unchanged");
                report.crashed();
                continue;
            }
            report.problems(o.problems());
            if (o.ok()) {
                report.line(o.id() + (o.unchanged() ? ": unchanged since the last build; its " + o.written().size() + " files in "
                        + output.out.resolve(o.id()) + " were not rewritten" : ": wrote " + o.written().size() + " files to " + output.out.resolve(o.id())));
            } else {
                report.line(o.id() + ": not built (see the errors above)");
            }
            report.school(o.id(), ProfileLoader.display(profile), o.ok());
        }
        return report.finish();
    }
}
