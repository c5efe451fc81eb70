package uk.policygen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.policygen.profile.Profile;
import uk.policygen.profile.YearGroup;
import uk.policygen.profile.YearGroups;

/**
 * The Acceptable Use Policy forms the policies refer to. Which learner forms a school gets is
 * worked out from its year groups, so a junior school never receives an early-years form and a
 * form for a year group the school does not have is never produced.
 */
public enum AupForm {
    LEARNERS_EARLY_YEARS_KS1("Early Years and Key Stage 1", true, -1, 2),
    LEARNERS_KS2("Key Stage 2", true, 3, 6),
    LEARNERS_KS3_KS4("Key Stage 3 and 4", true, 7, 14),
    LEARNERS_SEND("Simplified version", true, -1, 14),
    STAFF("Staff", false, 0, 0),
    VISITORS_VOLUNTEERS("Visitors and Volunteers", false, 0, 0),
    PARENTS_CARERS("Parents and Carers", false, 0, 0);

    private final String audience;
    private final boolean learners;
    private final int from;
    private final int to;

    AupForm(String audience, boolean learners, int from, int to) {
        this.audience = audience;
        this.learners = learners;
        this.from = from;
        this.to = to;
    }

    /** {@code learners-ks2}: the file name and the template name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The form's published path, {@code aup/learners-ks2}, named for the stages this school has as its title is: a
     * nursery's form is {@code learners-early-years}, a sixth-form college's {@code learners-sixth-form}, not the
     * template's {@code learners-early-years-ks1} or {@code learners-ks3-ks4}, whose stages a parent reading the
     * address would not find there.
     */
    public String path(Optional<YearGroups> school) {
        String stages = school.map(this::stagesIn).filter(s -> !s.isEmpty()).orElse(audience);
        if (!learners || this == LEARNERS_SEND || stages.equals(audience)) return "aup/" + id();
        String slug = stages.replace("Key Stage 3 and 4", "ks3-ks4").replace("Key Stage ", "ks").replace(" and ", "-")
                .replace(' ', '-').toLowerCase(Locale.ROOT);
        return "aup/learners-" + slug;
    }

    public boolean forLearners() {
        return learners;
    }

    public String audience() {
        return audience;
    }

    /**
     * "Acceptable Use Policy: Key Stage 2 Learners", in the school's word for children, naming only the stages the school has: a nursery's form is for "Early Years
     * Children", an infant school without a nursery's for "Key Stage 1", a sixth form's for the
     * "Sixth Form", a secondary school's with one for "Key Stage 3 and 4 and Sixth Form" (and "Post-16" where there is a Year 14),
     * a prep school's that ends at Year 8 for "Key Stage 3".
     */
    public String title(String children, Optional<YearGroups> school) {
        String stages = school.map(this::stagesIn).filter(s -> !s.isEmpty()).orElse(audience);
        String who = learners && this != LEARNERS_SEND ? stages + " " + capitalise(children)
                : this == LEARNERS_SEND ? capitalise(children) + " (simplified version)" : audience;
        return "Acceptable Use Policy: " + who;
    }

    private String stagesIn(YearGroups school) {
        List<YearGroup> mine = yearGroups(school);
        boolean early = mine.stream().anyMatch(g -> g.order() <= 0);
        boolean ks1 = mine.stream().anyMatch(g -> g.order() >= 1 && g.order() <= 2);
        boolean secondary = mine.stream().anyMatch(g -> g.order() >= 7 && g.order() <= 11);
        // A prep or middle school that ends at Year 8 or 9 has no Key Stage 4.
        boolean ks4 = mine.stream().anyMatch(g -> g.order() >= 10 && g.order() <= 11);
        String secondaryStages = ks4 ? audience : "Key Stage 3";
        boolean post16 = mine.stream().anyMatch(g -> g.order() >= 12);
        // A Year 14 is a special school's post-16 provision (to 19), not a sixth form.
        String older = mine.stream().anyMatch(g -> g.order() >= 14) ? "Post-16" : "Sixth Form";
        return switch (this) {
            case LEARNERS_EARLY_YEARS_KS1 -> early && !ks1 ? "Early Years" : ks1 && !early ? "Key Stage 1" : audience;
            case LEARNERS_KS3_KS4 -> post16 && !secondary ? older : post16 ? secondaryStages + " and " + older : secondaryStages;
            default -> audience;
        };
    }

    /** The year groups of this school the form is for (empty for adults' forms). */
    public List<YearGroup> yearGroups(YearGroups school) {
        List<YearGroup> out = new ArrayList<>();
        if (!learners) return out;
        for (YearGroup g : school.groups()) {
            if (g.order() >= from && g.order() <= to) out.add(g);
        }
        return out;
    }

    /** The forms this school publishes, in the order the index lists them. */
    public static List<AupForm> forSchool(Profile p) {
        List<AupForm> forms = new ArrayList<>();
        Optional<YearGroups> years = p.yearGroups();
        for (AupForm f : List.of(LEARNERS_EARLY_YEARS_KS1, LEARNERS_KS2, LEARNERS_KS3_KS4)) {
            if (years.isPresent() && !f.yearGroups(years.get()).isEmpty()) forms.add(f);
        }
        if (p.documents().simplifiedSendForm() && years.isPresent()) forms.add(LEARNERS_SEND);
        forms.add(STAFF);
        forms.add(VISITORS_VOLUNTEERS);
        forms.add(PARENTS_CARERS);
        return forms;
    }

    /** The learners' form for one year group at this school, if it has that year group. */
    public static Optional<AupForm> forYearGroup(Profile p, YearGroup g) {
        if (p.yearGroups().isEmpty() || !p.yearGroups().get().contains(g)) return Optional.empty();
        for (AupForm f : List.of(LEARNERS_EARLY_YEARS_KS1, LEARNERS_KS2, LEARNERS_KS3_KS4)) {
            if (g.order() >= f.from && g.order() <= f.to) return Optional.of(f);
        }
        return Optional.empty();
    }

    public static Optional<AupForm> byId(String id) {
        for (AupForm f : values()) if (f.id().equals(id)) return Optional.of(f);
        return Optional.empty();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
