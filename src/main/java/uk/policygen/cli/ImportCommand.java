package uk.policygen.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.record.PolicyImport;
import uk.policygen.record.Records;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Keeps the policy a school publishes now (PDF or plain text) as its first record, in",
                "SCHOOLS/records/SCHOOL_ID/DATE/. The school's generated documents are then a draft for its next review,",
                "with a changes report against this policy. Commit the record with the profile."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Parameters(index = "0", paramLabel = "SCHOOL_ID", description = "The school, by profile name (e.g. littlebourne).")
    String id;

    @Parameters(index = "1", paramLabel = "FILE", description = "The policy as the school published it (.pdf or .txt).")
    Path file;

    @Option(names = "--ratified-on", paramLabel = "DATE", description = "When the governors ratified it (YYYY-MM-DD, or YYYY-MM).")
    String ratifiedOn;

    @Option(names = "--dated", paramLabel = "DATE", description = "Instead of --ratified-on, when the policy records no ratification: the date it gives.")
    String dated;

    @Option(names = "--approved-by", paramLabel = "BODY", description = "Who ratified it, without \"the\" (e.g. \"full governing body\").")
    String approvedBy;

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = "Mobile and Smart Technology Policy", description = "Its title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--next-review", paramLabel = "DATE", description = "The next review date it gives.")
    String nextReview;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if ((ratifiedOn == null) == (dated == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --ratified-on DATE or, when the policy records no ratification, --dated DATE");
        }
        PolicyDate date;
        Optional<PolicyDate> next;
        try {
            date = PolicyDate.parse(ratifiedOn != null ? ratifiedOn : dated);
            next = Optional.ofNullable(nextReview).map(PolicyDate::parse);
        } catch (RuntimeException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path profile = new ProfileLoader(options.schools, options.today()).profileOf(id);
        if (!profile.toFile().isFile()) {
            err.println(ProfileLoader.display(profile) + ": no such profile; expected the school's profile before its policy is imported");
            err.flush();
            return Main.INVALID;
        }
        Records records = Records.of(options.schools.resolve(id));
        try {
            Records.Entry e = PolicyImport.run(records, new PolicyImport.Request(file, date, ratifiedOn != null,
                    Optional.ofNullable(approvedBy), title, next));
            spec.commandLine().getOut().println(id + ": kept " + file.getFileName() + " as the record " + ProfileLoader.display(e.folder())
                    + "; commit it, and leave approved_on out of the profile until the governors ratify the new draft");
            spec.commandLine().getOut().flush();
            return Main.OK;
        } catch (PolicyImport.Refused e) {
            err.println(e.getMessage());
            err.flush();
            return Main.INVALID;
        }
    }
}
