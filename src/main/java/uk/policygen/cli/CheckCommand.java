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
import uk.policygen.profile.ProfileLoader;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks profiles and reports every problem at once. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Mixin
    FormatOption format = new FormatOption();

    @Parameters(paramLabel = "SCHOOL", arity = "0..*",
            description = "The schools to check, by id (littlebourne) or file (schools/littlebourne.yml); default: every profile.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        // The same checks build runs before it writes (profile, records, section places), so both give one verdict.
        ProfileLoader loader = new ProfileLoader(options.schools, options.today());
        PackBuilder builder = new PackBuilder(options.schools, options.templates, Path.of("output"), options.today());
        List<Path> profiles = Profiles.select(loader, options.schools, names, spec);
        Report report = Report.of(spec, options, format);
        Profiles.reportMisnamed(report, options.schools, names);
        for (int i = 0; i < profiles.size(); i++) {
            report.progress(i, profiles.size(), profiles.get(i).getFileName().toString());
            PackBuilder.Outcome c = builder.check(profiles.get(i));
            report.problems(c.problems());
            report.line(c.id() + ": " + (c.ok() ? "ok" : "invalid"));
            report.school(c.id(), ProfileLoader.display(profiles.get(i)), c.ok());
        }
        return report.finish();
    }
}
