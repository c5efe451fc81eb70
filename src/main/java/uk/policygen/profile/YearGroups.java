package uk.policygen.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of year groups written the way a school writes them: "Reception to Year 6",
 * "Year 5 and Year 6", "Years 5 and 6", "Nursery, Reception".
 */
public record YearGroups(List<YearGroup> groups) {
    private static final Pattern YEARS_LIST = Pattern.compile("(?i)years?\\s+(\\d{1,2})((?:\\s*(?:,|and|&|to|-|–)\\s*\\d{1,2})+)");

    public static YearGroups parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no year groups given; expected e.g. \"Reception to Year 6\"");
        }
        Matcher shorthand = YEARS_LIST.matcher(s);
        if (shorthand.matches()) {
            // "Years 5 and 6", "Years 7-11": expand the bare numbers.
            s = s.replaceAll("(?i)^years?\\s+", "Year ").replaceAll("(?<=(?:,|and|&|to|-|–)\\s{0,3})(\\d{1,2})", "Year $1");
        }
        TreeSet<YearGroup> set = new TreeSet<>();
        for (String part : s.split("\\s*(?:,|\\band\\b|&)\\s*")) {
            if (part.isBlank()) continue;
            String[] range = part.split("\\s*(?:\\bto\\b|–|(?<=\\d|[a-z])\\s*-\\s*(?=[A-Za-z]))\\s*");
            if (range.length == 2) {
                YearGroup from = YearGroup.parse(range[0]);
                YearGroup to = YearGroup.parse(range[1]);
                if (to.compareTo(from) < 0) {
                    throw new IllegalArgumentException("\"" + part + "\" runs backwards; expected the youngest year first, e.g. \"Reception to Year 6\"");
                }
                for (int i = from.order(); i <= to.order(); i++) set.add(new YearGroup(i));
            } else {
                set.add(YearGroup.parse(part));
            }
        }
        return new YearGroups(List.copyOf(set));
    }

    public boolean contains(YearGroup g) {
        return groups.contains(g);
    }

    public YearGroup first() {
        return groups.get(0);
    }

    public YearGroup last() {
        return groups.get(groups.size() - 1);
    }

    public boolean hasKeyStage(int ks) {
        return groups.stream().anyMatch(g -> g.keyStage() == ks);
    }

    /** Whether any learner here may be 18 or over (Year 13, Year 14). */
    public boolean hasAdults() {
        return groups.stream().anyMatch(YearGroup::hasAdults);
    }

    /** Whether every learner here is 13 or over (Year 9 and above): no service's minimum age of 13 applies to them. */
    public boolean allThirteenOrOver() {
        return !groups.isEmpty() && groups.stream().allMatch(g -> g.order() >= 9);
    }

    /** Whether every learner here is in the sixth form or beyond (Year 12 and above): a college's students, not children. */
    public boolean allSixteenOrOver() {
        return !groups.isEmpty() && groups.stream().allMatch(g -> g.order() >= 12);
    }

    /** Whether every learner here is under 8 (Nursery to Year 2). */
    public boolean allUnderEight() {
        return !groups.isEmpty() && groups.stream().allMatch(YearGroup::isUnderEight);
    }

    /** Whether every child of a setting is under 8: its year groups say, or else its kind (a nursery, a children's centre). */
    public static boolean everyChildUnderEight(java.util.Optional<YearGroups> years, SettingType type) {
        return years.map(YearGroups::allUnderEight).orElse(type.earlyYears());
    }

    /** Whether every learner here is in the early years (Nursery, Reception). */
    public boolean allEarlyYears() {
        return !groups.isEmpty() && groups.stream().allMatch(YearGroup::isEarlyYears);
    }

    /** The groups here that {@code setting} does not have. */
    public List<YearGroup> notIn(YearGroups setting) {
        List<YearGroup> out = new ArrayList<>();
        for (YearGroup g : groups) if (!setting.contains(g)) out.add(g);
        return out;
    }

    /** "Year 5 and Year 6", "Reception to Year 6": the shortest faithful wording. */
    @Override
    public String toString() {
        if (groups.size() == 1) return groups.get(0).toString();
        boolean contiguous = last().order() - first().order() + 1 == groups.size();
        if (contiguous && groups.size() > 2) return first() + " to " + last();
        List<String> names = groups.stream().map(YearGroup::toString).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
