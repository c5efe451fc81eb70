package uk.policygen.profile;

/**
 * The school's own words. Every template says {@code ${w.children}}, never "pupils", so one
 * document cannot switch between "pupils", "learners" and "children".
 */
public record Words(
        @DefaultValue("pupils") String children,
        @DefaultValue("school") String setting,
        @DefaultValue("headteacher") String leader,
        @DefaultValue("governing body") String governors,
        @DefaultValue("Chair of Governors") String chair,
        @DefaultValue("child protection") String childProtection,
        @DefaultValue("Acceptable Use Policy (AUP)") String acceptableUse,
        @DefaultValue("staff code of conduct") String codeOfConduct,
        @DefaultValue("allegations policy") String allegations) {

    /** The possessive of {@link #children}: "pupils'", "children's". */
    public String childrens() {
        return possessive(children);
    }

    /** The possessive of {@link #child}: "pupil's", "child's". */
    public String childs() {
        return possessive(child());
    }

    /** "pupils" → "pupils'", "children" → "children's": the one rule for every possessive in the documents. */
    public static String possessive(String word) {
        return word.endsWith("s") ? word + "'" : word + "'s";
    }

    /** The singular of {@link #children}: "pupil", "learner", "child". */
    public String child() {
        return switch (children) {
            case "children" -> "child";
            case "young people" -> "young person";
            default -> children.endsWith("s") ? children.substring(0, children.length() - 1) : children;
        };
    }
}
