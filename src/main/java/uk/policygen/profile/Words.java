package uk.policygen.profile;

/**
 * The school's own words. Every template says {@code ${w.children}}, never "pupils", so one
 * document cannot switch between "pupils", "learners" and "children".
 */
public record Words(
        @Describe("What the school calls its children, e.g. learners, children.") @DefaultValue("pupils") String children,
        @Describe("What the school calls itself in a sentence, e.g. setting, centre.") @DefaultValue("school") String setting,
        @Describe("The leader's title, e.g. manager, principal, executive headteacher.") @DefaultValue("headteacher") String leader,
        @Describe("The governing body's name, e.g. trustees, board of directors.") @DefaultValue("governing body") String governors,
        @Describe("The chair's title, e.g. Chair of Trustees.") @DefaultValue("Chair of Governors") String chair,
        @Describe("The name of the child protection policy, without \"policy\", e.g. safeguarding.") @DefaultValue("child protection") String childProtection,
        @Describe("The name of the acceptable use policy, e.g. Mobile Device Policy.") @DefaultValue("Acceptable Use Policy (AUP)") String acceptableUse,
        @Describe("The name of the staff code of conduct, e.g. Code of Conduct & Ethics (CoCE).") @DefaultValue("staff code of conduct") String codeOfConduct,
        @Describe("The name of the allegations policy, e.g. Managing Allegations Policy.") @DefaultValue("allegations policy") String allegations) {

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
