package uk.policygen.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.cli.Main;
import uk.policygen.profile.Fixture;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.render.Publication;

/** The {@code review} command's table and exit codes, for the seed schools and for small fixtures. */
class ReviewScheduleTest {
    static final List<String> SEEDS = List.of("hildenborough", "hythe-bay", "jubilee", "littlebourne", "whitstable-seasalter");

    @TempDir
    Path temp;
    Fixture fx;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void theSeedSchoolsAreUnderReviewAndThePoliciesInForceAreWhatIsDue() {
        // The seed schools' drafts are this November's review (see their profiles); until the governors
        // ratify them, the policy in force is each school's record, whose review date has passed.
        Path schools = Fixture.PROJECT.resolve("schools");
        assertThat(run("review", "--schools", schools.toString(), "--today", "2026-11-22")).as(err.toString()).isZero();
        List<String> lines = lines();
        assertThat(lines.get(0)).matches("School +Document +Status +Ratified on +Next review +Due");
        ProfileLoader loader = new ProfileLoader(schools, Fixture.TODAY);
        int documents = 0;
        for (String id : SEEDS) {
            List<Publication> pubs = Publication.of(loader.load(loader.profileOf(id)).school().profile());
            List<String> rows = lines.stream().filter(l -> l.startsWith(id + " ")).toList();
            assertThat(rows).as(id).hasSize(pubs.size());
            for (int i = 0; i < pubs.size(); i++) {
                assertThat(rows.get(i)).as(id).contains(pubs.get(i).title()).contains("Under review").doesNotContain("November 2027")
                        .matches(".* \\d+ days overdue");
            }
            documents += pubs.size();
        }
        assertThat(lines).anyMatch(l -> l.matches("hildenborough +.* Under review +25 September 2024 +September 2025 +\\d+ days overdue"));
        assertThat(out.toString()).contains(documents + " documents at 5 schools as at 22 November 2026: " + documents + " overdue, 0 due in the next 28 days")
                .contains("5 ok, 0 with errors");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("review", "--schools", schools.toString(), "--today", "2027-12-15")).isZero();
        assertThat(out.toString()).contains(documents + " overdue");
        // The warnings are the same as check's, on stderr.
        assertThat(err.toString()).contains("warning: review.next_review: the review was due November 2027 and is overdue");
    }

    @Test
    void failOnOverdueExitsOneForTheSeedSchools() {
        Path schools = Fixture.PROJECT.resolve("schools");
        // Their policies in force were due for review before the drafts were written.
        assertThat(run("review", "--schools", schools.toString(), "--today", "2026-11-22", "--fail-on-overdue")).isEqualTo(1);
        assertThat(out.toString()).contains("5 ok, 0 with errors");
    }

    @Test
    void failOnOverdueIsZeroWhenNothingIsOverdue() throws IOException {
        fx.write("test", Fixture.VALID);
        assertThat(run("review", "--schools", fx.schools().toString(), "--today", "2026-11-22", "--fail-on-overdue")).isZero();
        assertThat(lines()).contains(
                "School  Document                            Status  Ratified on  Next review       Due",
                "test    Mobile and Smart Technology Policy  Draft   -            1 September 2027  283 days left",
                "test    Social Media Policy                 Draft   -            1 September 2027  283 days left");
    }

    @Test
    void aRatifiedSchoolShowsItsDateAndAMonthIsDueByItsLastDay() throws IOException {
        fx.write("test", Fixture.VALID.replace("last_reviewed: 2026-09-01", "last_reviewed: 2025-11")
                .replace("next_review: 2027-09-01", "next_review: 2026-11") + "sign_off:\n  approved_on: 2025-12-03\n"
                + "documents:\n  arrangement: combined\n");
        assertThat(run("review", "--schools", fx.schools().toString(), "--today", "2026-11-22")).isZero();
        assertThat(lines()).contains(
                "test    Mobile, Smart Technology and Social Media Policy  Ratified  3 December 2025  November 2026  8 days left",
                "1 document at 1 school as at 22 November 2026: 0 overdue, 1 due in the next 28 days");
        assertThat(run("review", "--schools", fx.schools().toString(), "--today", "2026-11-30")).isZero();
        assertThat(out.toString()).contains("November 2026  due today");
        assertThat(run("review", "--schools", fx.schools().toString(), "--today", "2026-12-01", "--fail-on-overdue")).isEqualTo(1);
        assertThat(out.toString()).contains("November 2026  1 day overdue");
    }

    @Test
    void namedSchoolsOnlyAndInvalidOnesAreReportedLikeCheck() throws IOException {
        fx.write("one", Fixture.VALID);
        fx.write("two", Fixture.VALID);
        fx.write("bad", Fixture.VALID.replace("type: primary", "type: primry"));
        assertThat(run("review", "--schools", fx.schools().toString(), "--today", "2026-11-22", "two", "bad")).isEqualTo(1);
        assertThat(err.toString()).contains("bad.yml:5:9: error: school.type: \"primry\" is not allowed here");
        assertThat(out.toString()).contains("bad: invalid (see the errors above); not listed").contains("1 ok, 1 with errors");
        assertThat(lines()).anyMatch(l -> l.startsWith("two ")).noneMatch(l -> l.startsWith("one "));
    }

    @Test
    void reviewHasHelp() {
        assertThat(run("review", "--help")).isZero();
        assertThat(out.toString()).contains("--ics=FILE").contains("--fail-on-overdue").contains("--today=DATE").contains("SCHOOL");
    }

    @Test
    void daysAreCountedToTheLastDayTheDateStandsFor() throws IOException {
        fx.write("test", Fixture.VALID.replace("next_review: 2027-09-01", "next_review: 2027-09"));
        List<ReviewSchedule.Due> items = new ArrayList<>();
        ProfileLoader loader = new ProfileLoader(fx.schools(), Fixture.TODAY);
        items.addAll(ReviewSchedule.Due.of(loader.load(loader.profileOf("test")).school()));
        ReviewSchedule.Due d = items.get(0);
        assertThat(d.calendarDay()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(d.dueBy()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(d.when(LocalDate.of(2027, 9, 29))).isEqualTo("1 day left");
        assertThat(d.overdue(LocalDate.of(2027, 9, 30))).isFalse();
        assertThat(d.overdue(LocalDate.of(2027, 10, 1))).isTrue();
        assertThat(d.stamp()).isEqualTo(LocalDate.of(2026, 9, 1));
    }
}
