package uk.policygen.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.ReviewCycle;

/**
 * The reviews as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar
 * import: one all-day event per school document on the day its next review is due (the first of
 * the month when only the month is known), each with a reminder four weeks before.
 *
 * <p>The file is reproducible: a UID names the school, the document and the date, and DTSTAMP is
 * taken from the profile (the later of the last review and the ratification), never the clock.
 * Lines end CRLF, are folded at 75 octets without splitting a character, and text is escaped.
 */
public final class ReviewCalendar {
    public static final int REMINDER_DAYS = 28;
    static final String PRODID = "-//policygen//Policy reviews " + uk.policygen.Policygen.version() + "//EN";
    /** How every calendar policygen writes begins, whatever its version: a file that begins otherwise is someone else's. */
    public static final String BEGINNING = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//policygen//Policy reviews ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_OCTETS = 75;

    private ReviewCalendar() {
    }

    /** Whether these first bytes of a file are those of a calendar policygen wrote. */
    public static boolean writtenByPolicygen(byte[] head) {
        byte[] ours = BEGINNING.getBytes(StandardCharsets.UTF_8);
        return head.length >= ours.length && java.util.Arrays.equals(head, 0, ours.length, ours, 0, ours.length);
    }

    public static byte[] ics(List<ReviewSchedule.Due> items) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text("Policy reviews"));
        for (ReviewSchedule.Due d : items) event(out, d);
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void event(StringBuilder out, ReviewSchedule.Due d) {
        LocalDate day = d.calendarDay();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + d.schoolId() + "-" + d.slug() + "-" + DAY.format(day) + "@policygen");
        line(out, "DTSTAMP:" + DAY.format(d.stamp()) + "T000000Z");
        line(out, "DTSTART;VALUE=DATE:" + DAY.format(day));
        line(out, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line(out, "SUMMARY:" + text("Policy review due: " + d.title() + " (" + d.shortName() + ")"));
        line(out, "DESCRIPTION:" + text(description(d)));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "TRIGGER:-P" + REMINDER_DAYS + "D");
        line(out, "DESCRIPTION:" + text("In four weeks: review the " + d.title() + " (" + d.shortName() + ")"));
        line(out, "END:VALARM");
        line(out, "END:VEVENT");
    }

    private static String description(ReviewSchedule.Due d) {
        if (d.draft().isPresent()) {
            PolicyDate next = d.draft().get().nextReview();
            return d.schoolName() + ": the " + d.title() + " will be due for review " + (next.dayKnown() ? "on " : "in ") + next.display()
                    + " (review cycle: " + cycleWord(d.cycle()) + "), once the draft prepared at the review of "
                    + d.draft().get().lastReviewed().display() + " is ratified.\n"
                    + "The policy in force (" + d.ratifiedOn().map(on -> "ratified " + on.display()).orElse("no ratification recorded")
                    + ") was due for review " + (d.nextReview().dayKnown() ? "on " : "in ") + d.nextReview().display() + ".\n"
                    + "When the governors ratify the draft, set sign_off.approved_on in " + d.schoolId() + ".yml and build the policies again.";
        }
        String due = d.nextReview().dayKnown() ? "on " + d.nextReview().display() : "in " + d.nextReview().display();
        return d.schoolName() + ": the " + d.title() + " is due for review " + due + " (review cycle: "
                + cycleWord(d.cycle()) + ").\n"
                + "Last reviewed " + d.lastReviewed().display() + "; "
                + d.ratifiedOn().map(on -> "ratified " + on.display()).orElse("a draft, not yet ratified") + ".\n"
                + "After the review, set review.last_reviewed and review.next_review in " + d.schoolId()
                + ".yml and build the policies again.";
    }

    private static String cycleWord(ReviewCycle c) {
        return c.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newline. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                    b.append("\\n");
                }
                default -> b.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** One content line, folded (RFC 5545 3.1) so that no physical line exceeds 75 octets. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
