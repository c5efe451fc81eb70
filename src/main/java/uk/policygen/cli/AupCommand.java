package uk.policygen.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.profile.ProfileLoader;
import uk.policygen.publish.ClassPackPrinter;
import uk.policygen.publish.PackBuilder;
import uk.policygen.render.AupForm;

@Command(name = "aup", mixinStandardHelpOptions = true,
        description = {"Prints a class pack: each learner's Acceptable Use Policy form and slip, name and class on it, in one PDF.",
                "It goes in private/SCHOOL_ID/ beside the output folder (readable by you only) because it holds children's names:",
                "never publish that folder."})
final class AupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Mixin
    OutputOption output = new OutputOption();

    @Parameters(index = "0", paramLabel = "SCHOOL", description = "The school, by id (hildenborough) or file (schools/hildenborough.yml).")
    String name;

    @Option(names = "--class-list", paramLabel = "FILE.csv", required = true,
            description = "A CSV with a header row and the columns name and class (e.g. \"Amy Smith\",\"Year 5 Oak\").")
    Path classList;

    @Option(names = "--private", paramLabel = "DIR",
            description = "Where class packs go (default: private, beside the output folder); never inside the output, schools or templates folder.")
    Path privateDir;

    @Option(names = "--form", paramLabel = "FORM",
            description = "Use this form for everyone (learners-early-years-ks1, learners-ks2, learners-ks3-ks4, learners-send);"
                    + " by default each learner's class decides it.")
    String form;

    @Override
    public Integer call() {
        Optional<AupForm> chosen = Optional.empty();
        if (form != null) {
            chosen = AupForm.byId(form).filter(AupForm::forLearners);
            if (chosen.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--form " + form
                        + " is not a learners' form; expected learners-early-years-ks1, learners-ks2, learners-ks3-ks4 or learners-send");
            }
        }
        ClassPackPrinter printer = new ClassPackPrinter(options.schools, options.templates, output.out,
                privateDir != null ? privateDir : ClassPackPrinter.defaultPrivate(output.out), options.today());
        try {
            printer.checkPrivateFolder();
        } catch (uk.policygen.publish.OutputFolder.Refused e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path profile = Profiles.resolve(printer.loader(), options.schools, name, spec);
        PackBuilder.Outcome o = printer.print(profile, classList, chosen);
        String id = o.id();
        Report report = Report.of(spec, options, null);
        report.problems(o.problems());
        if (o.ok()) {
            o.written().forEach(f -> report.line(id + ": wrote " + uk.policygen.profile.ProfileLoader.display(printer.folderFor(id).resolve(f))));
            report.line("These files hold children's names: print them, and never publish the private folder (only you can read it).");
        }
        report.school(id, ProfileLoader.display(profile), o.ok());
        return report.finish();
    }
}
