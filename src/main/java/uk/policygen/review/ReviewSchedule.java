package uk.policygen.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.Profile;
import uk.policygen.profile.ReviewCycle;
import uk.policygen.profile.School;
import uk.policygen.profile.SignOff;
import uk.policygen.record.Manifest;
import uk.policygen.record.Records;
import uk.policygen.render.Publication;

/**
 * When each document every school publishes is next due for review, as at one day: the table the
 * {@code review} command prints, and what the calendar is made from. A review given only as a
 * month ({@code 2025-09}) is due by the end of that month, as the profile check counts it.
 */
public record ReviewSchedule(LocalDate today, List<Due> items) {

    public ReviewSchedule {
        items = List.copyOf(items);
    }

    /** One published document of one school and its review dates. */
    public record Due(
            String schoolId,
            String schoolName,
            String shortName,
            String slug,
            String title,
            Optional<PolicyDate> ratifiedOn,
            PolicyDate lastReviewed,
            PolicyDate nextReview,
            ReviewCycle cycle,
            Optional<Draft> draft) {

        /** The dates of the draft that a review is preparing to replace the policy in force. */
        public record Draft(PolicyDate lastReviewed, PolicyDate nextReview) {
        }

        /**
         * Every document the school publishes, in the order its index page lists them. While the
         * profile is a draft, the policy in force is the school's latest record: its ratification and
         * its review date are the ones that count (a draft's planned dates promise nothing yet).
         */
        public static List<Due> of(School school) {
            Profile p = school.profile();
            Optional<PolicyDate> ratified = p.signOff().flatMap(SignOff::approvedOn);
            PolicyDate last = p.review().lastReviewed();
            PolicyDate next = p.review().nextReview();
            Optional<Draft> draft = Optional.empty();
            if (ratified.isEmpty()) {
                Optional<Records.Entry> inForce = Records.of(school.ownFolder()).latest();
                if (inForce.isPresent()) {
                    Manifest m = inForce.get().manifest();
                    draft = Optional.of(new Draft(last, next));
                    ratified = m.ratified() ? Optional.of(PolicyDate.parse(m.date())) : Optional.empty();
                    if (m.lastReviewed() != null) last = PolicyDate.parse(m.lastReviewed());
                    if (m.nextReview() != null) next = PolicyDate.parse(m.nextReview());
                }
            }
            List<Due> out = new ArrayList<>();
            for (Publication pub : Publication.of(p)) {
                out.add(new Due(school.id(), p.school().name(), p.school().shortName(), pub.slug(), pub.title(), ratified,
                        last, next, p.review().cycle(), draft));
            }
            return out;
        }

        /** Ratified when the sign-off (or, under review, the policy in force) has an approval date. */
        public boolean ratified() {
            return ratifiedOn.isPresent();
        }

        /** "Ratified"; "Under review" while a draft replaces the policy in force; "Draft" for a school with none yet. */
        public String status() {
            return underReview() ? "Under review" : ratified() ? "Ratified" : "Draft";
        }

        public boolean underReview() {
            return draft.isPresent();
        }

        /** The last day the review may take place: the date, or the end of the month. */
        public LocalDate dueBy() {
            return nextReview.latest();
        }

        /**
         * The day to put in a calendar: the date, or the first of the month; under review, the
         * draft's next review (the policy in force's date has passed, and a calendar is for what comes).
         */
        public LocalDate calendarDay() {
            return draft.map(Draft::nextReview).orElse(nextReview).date();
        }

        /** Days until {@link #dueBy()}; negative once the review is overdue. */
        public long daysLeft(LocalDate today) {
            return ChronoUnit.DAYS.between(today, dueBy());
        }

        public boolean overdue(LocalDate today) {
            return daysLeft(today) < 0;
        }

        /** "12 days left", "due today", "1 day overdue". */
        public String when(LocalDate today) {
            long days = daysLeft(today);
            if (days == 0) return "due today";
            long n = Math.abs(days);
            return n + (n == 1 ? " day " : " days ") + (days > 0 ? "left" : "overdue");
        }

        /** The newest fact behind this entry: the later of the last review and the ratification. */
        public LocalDate stamp() {
            LocalDate last = draft.map(Draft::lastReviewed).orElse(lastReviewed).date();
            return ratifiedOn.map(PolicyDate::date).filter(d -> d.isAfter(last)).orElse(last);
        }
    }

    public List<Due> overdue() {
        return items.stream().filter(d -> d.overdue(today)).toList();
    }

    /** The table, one line per document under a heading line, columns padded to line up. */
    public List<String> table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"School", "Document", "Status", "Ratified on", "Next review", "Due"});
        for (Due d : items) {
            rows.add(new String[] {d.schoolId(), d.title(), d.status(), d.ratifiedOn().map(PolicyDate::display).orElse("-"),
                    d.nextReview().display(), d.when(today)});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** "8 documents at 5 schools: 8 overdue, 0 due in the next 28 days", as at the day. */
    public String summary() {
        long schools = items.stream().map(Due::schoolId).distinct().count();
        long soon = items.stream().filter(d -> !d.overdue(today) && d.daysLeft(today) <= ReviewCalendar.REMINDER_DAYS).count();
        return items.size() + (items.size() == 1 ? " document" : " documents") + " at " + schools + (schools == 1 ? " school" : " schools")
                + " as at " + PolicyDate.of(today).display() + ": " + overdue().size() + " overdue, " + soon + " due in the next "
                + ReviewCalendar.REMINDER_DAYS + " days";
    }
}
