package uk.policygen.profile;

import java.util.Locale;

/** One year group, in school order: Nursery, Reception, Year 1 … Year 13, and Year 14 (the post-19 year of special schools). */
public record YearGroup(int order) implements Comparable<YearGroup> {
    public static final YearGroup NURSERY = new YearGroup(-1);
    public static final YearGroup RECEPTION = new YearGroup(0);

    public static YearGroup year(int n) {
        return new YearGroup(n);
    }

    public static YearGroup parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (s) {
            case "nursery", "pre-school", "preschool": return NURSERY;
            case "reception", "yr", "r": return RECEPTION;
            default:
        }
        String digits = s.replaceFirst("^(year|years|yr|y) ?", "");
        if (!digits.equals(s) && digits.matches("\\d{1,2}")) {
            int n = Integer.parseInt(digits);
            if (n >= 1 && n <= 14) {
                return new YearGroup(n);
            }
        }
        throw new IllegalArgumentException("\"" + text.strip() + "\" is not a year group; expected Nursery, Reception or Year 1 to Year 14");
    }

    public boolean isEarlyYears() {
        return order <= 0;
    }

    /**
     * Whether learners in this year group turn 18 during it or are older (Year 13 and Year 14): their
     * confiscated phone is returned to them, never "to parents", and they sign their own forms.
     */
    public boolean hasAdults() {
        return order >= 13;
    }

    /** Whether every learner in this year group is under 8 (Year 2 and younger). */
    public boolean isUnderEight() {
        return order <= 2;
    }

    /** Key stage 0 for early years, then 1–5 (sixth form). */
    public int keyStage() {
        if (order <= 0) return 0;
        if (order <= 2) return 1;
        if (order <= 6) return 2;
        if (order <= 9) return 3;
        if (order <= 11) return 4;
        return 5;
    }

    @Override
    public int compareTo(YearGroup o) {
        return Integer.compare(order, o.order);
    }

    @Override
    public String toString() {
        return order == -1 ? "Nursery" : order == 0 ? "Reception" : "Year " + order;
    }
}
