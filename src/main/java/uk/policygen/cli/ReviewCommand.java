package uk.policygen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.publish.OutputFolder;
import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.review.ReviewCalendar;
import uk.policygen.review.ReviewSchedule;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Lists every document each school publishes with its status and when its next review is due.",
                "With no SCHOOL, lists every profile in the schools folder. Invalid profiles are reported as check reports them."})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Option(names = "--ics", paramLabel = "FILE",
            description = "Also write the reviews as a calendar file (iCalendar) to import into Outlook or Google Calendar:"
                    + " one all-day event per document on its review date, with a reminder "
                    + ReviewCalendar.REMINDER_DAYS + " days before.")
    Path ics;

    @Option(names = "--fail-on-overdue", description = "Exit with status 1 when any review is overdue (for a scheduled job).")
    boolean failOnOverdue;

    @Mixin
    FormatOption format = new FormatOption();

    @Parameters(paramLabel = "SCHOOL", arity = "0..*",
            description = "The schools to list, by id (littlebourne) or file (schools/littlebourne.yml).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        // Said before anything is listed, as for any other option given wrong.
        if (ics != null) notReplacing(ics).ifPresent(why -> {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), why);
        });
        LocalDate today = options.today();
        ProfileLoader loader = new ProfileLoader(options.schools, today);
        List<Path> profiles = Profiles.select(loader, options.schools, names, spec);
        Report report = Report.of(spec, options, format);
        Profiles.reportMisnamed(report, options.schools, names);
        List<ReviewSchedule.Due> items = new ArrayList<>();
        for (Path profile : profiles) {
            ProfileLoader.Result r = loader.load(profile);
            report.problems(r.problems());
            if (r.ok()) items.addAll(ReviewSchedule.Due.of(r.school()));
            else report.line(r.id() + ": invalid (see the errors above); not listed");
            report.school(r.id(), ProfileLoader.display(profile), r.ok());
        }
        ReviewSchedule schedule = new ReviewSchedule(today, items);
        if (!items.isEmpty()) schedule.table().forEach(report::line);
        report.line(schedule.summary());
        report.json("reviews", items.stream().map(d -> asJson(d, today)).toList());
        boolean written = ics == null || writeCalendar(schedule, report);
        int status = report.finish();
        boolean failed = !written || (failOnOverdue && !schedule.overdue().isEmpty());
        return failed ? Main.INVALID : status;
    }

    private static Map<String, Object> asJson(ReviewSchedule.Due d, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("school", d.schoolId());
        m.put("document", d.title());
        m.put("status", d.status().toLowerCase(java.util.Locale.ROOT));
        m.put("ratified_on", d.ratifiedOn().map(PolicyDate::iso).orElse(null));
        m.put("last_reviewed", d.lastReviewed().iso());
        m.put("next_review", d.nextReview().iso());
        m.put("due_by", d.dueBy().toString());
        m.put("days_left", d.daysLeft(today));
        m.put("overdue", d.overdue(today));
        return m;
    }

    /**
     * Why the calendar may not be written at {@code file}, if it may not: policygen replaces only a calendar it wrote
     * (one that begins as its calendars begin), never the user's own file of that name, a folder or a link.
     */
    static java.util.Optional<String> notReplacing(Path file) {
        String name = ProfileLoader.display(file);
        String otherwise = "; choose another file name for --ics, or move that one away";
        if (Files.isSymbolicLink(file)) {
            return java.util.Optional.of(name + " is a link, and policygen never writes through links" + otherwise);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return java.util.Optional.empty();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.of(name + " is a folder, not a file" + otherwise);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            // Only its first line or three: enough to tell policygen's calendar from any other file.
            head = in.readNBytes(ReviewCalendar.BEGINNING.length());
        } catch (IOException e) {
            return java.util.Optional.of(name + " already exists and cannot be read (" + e.getMessage() + "), so policygen cannot tell"
                    + " whether it wrote it" + otherwise);
        }
        if (ReviewCalendar.writtenByPolicygen(head)) return java.util.Optional.empty();
        return java.util.Optional.of(name + " already exists and is not a review calendar policygen wrote (it does not begin with"
                + " policygen's PRODID), so it was left as it is" + otherwise);
    }

    private boolean writeCalendar(ReviewSchedule schedule, Report report) {
        if (schedule.items().isEmpty()) {
            report.line("no reviews to put in a calendar; " + ics + " was not written");
            return true;
        }
        java.util.Optional<String> refused = notReplacing(ics); // a file made there while the profiles were read
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("policygen: error: " + refused.get());
            return false;
        }
        try {
            OutputFolder.writeAtomically(ics.toAbsolutePath(), ReviewCalendar.ics(schedule.items()));
        } catch (IOException e) {
            spec.commandLine().getErr().println("policygen: cannot write " + ics + ": " + e);
            return false;
        }
        int n = schedule.items().size();
        report.line("wrote " + n + (n == 1 ? " review date" : " review dates") + " to " + ics);
        return true;
    }
}
