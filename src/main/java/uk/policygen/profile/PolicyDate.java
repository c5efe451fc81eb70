package uk.policygen.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a policy gives it: a day ({@code 2024-09-25}) or, where only the month is known,
 * a month ({@code 2024-09}). A month compares as its first day.
 */
public record PolicyDate(LocalDate date, boolean dayKnown) implements Comparable<PolicyDate> {
    /** The years a policy's dates fall in: none of these policies is older than 1990, and none is planned beyond 2100. */
    static final int EARLIEST_YEAR = 1990;
    static final int LATEST_YEAR = 2100;
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    public static PolicyDate parse(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date; expected YYYY-MM-DD such as 2024-09-25, or YYYY-MM such as 2024-09");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        // A slip of the keyboard (0000-01, 2204-09) would otherwise be printed as "January 0" or sit in a calendar for centuries.
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new IllegalArgumentException("\"" + text + "\" has the year " + year + ", which no policy date can have; expected a year from "
                    + EARLIEST_YEAR + " to " + LATEST_YEAR + ", such as 2024-09-25 (or 2024-09)");
        }
        try {
            if (m.group(3) == null) {
                return new PolicyDate(YearMonth.of(year, month).atDay(1), false);
            }
            return new PolicyDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), true);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date; expected YYYY-MM-DD such as 2024-09-25, or YYYY-MM such as 2024-09");
        }
    }

    public static PolicyDate of(LocalDate date) {
        return new PolicyDate(date, true);
    }

    /** The last day this date can stand for: itself, or the month's last day. */
    public LocalDate latest() {
        return dayKnown ? date : YearMonth.from(date).atEndOfMonth();
    }

    public PolicyDate plusMonths(int months) {
        return new PolicyDate(date.plusMonths(months), dayKnown);
    }

    /** "25 September 2024" or "September 2024", as people write it in a UK policy. */
    public String display() {
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear();
        return dayKnown ? date.getDayOfMonth() + " " + month : month;
    }

    /** The form the profile uses. */
    public String iso() {
        return dayKnown ? date.toString() : YearMonth.from(date).toString();
    }

    @Override
    public int compareTo(PolicyDate o) {
        return date.compareTo(o.date);
    }

    @Override
    public String toString() {
        return display();
    }
}
