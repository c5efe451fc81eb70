package uk.policygen.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * The school's own words. Every template says {@code ${w.children}}, never "pupils", so one
 * document cannot switch between "pupils", "learners" and "children".
 */
public record Words(
        @Describe("What the school calls its children, e.g. learners, children.") @DefaultValue("pupils") String children,
        @Describe("What the school calls itself in a sentence, e.g. setting, centre.") @DefaultValue("school") String setting,
        @Describe("The leader's title, e.g. manager, principal, executive headteacher.") @DefaultValue("headteacher") String leader,
        @Describe("The governing body's name, e.g. trustees, board of directors.") @DefaultValue("governing body") String governors,
        @Describe("The chair's title, e.g. Chair of Trustees. Left out, it follows governors: Chair of Governors for a governing body,"
                + " Chair of Trustees for trustees, otherwise Chair of the governors' name (Chair of the management committee).") Optional<String> chair,
        @Describe("The name of the child protection policy, without \"policy\", e.g. safeguarding.") @DefaultValue("child protection") String childProtection,
        @Describe("The name of the acceptable use policy, e.g. Mobile Device Policy.") @DefaultValue("Acceptable Use Policy (AUP)") String acceptableUse,
        @Describe("The name of the staff code of conduct, e.g. Code of Conduct & Ethics (CoCE).") @DefaultValue("staff code of conduct") String codeOfConduct,
        @Describe("The name of the allegations policy, e.g. Managing Allegations Policy.") @DefaultValue("allegations policy") String allegations) {

    /**
     * The chair's title as the documents print it: the school's own, or one that follows
     * {@link #governors}, so a centre run by a management committee is never signed for by a
     * "Chair of Governors" it does not have.
     */
    public String chairTitle() {
        return chair.orElseGet(() -> switch (governors.strip().toLowerCase(Locale.ROOT)) {
            case "governing body", "governing board", "governors" -> "Chair of Governors";
            case "trustees", "board of trustees", "trust board" -> "Chair of Trustees";
            case "board of governors" -> "Chair of Governors";
            // A proprietor or owner has no chair: the one who signs for them is named in words.chair or sign_off.
            case "proprietor", "proprietors", "owner", "owners" -> governors.strip().substring(0, 1).toUpperCase(Locale.ROOT)
                    + governors.strip().substring(1);
            default -> "Chair of the " + governors.strip();
        });
    }

    /** One member of the governing body, as a label: "governor", "trustee", or "member of the management committee". */
    public String governor() {
        return switch (governors.strip().toLowerCase(Locale.ROOT)) {
            case "governing body", "governing board", "governors", "board of governors" -> "governor";
            case "trustees", "board of trustees", "trust board" -> "trustee";
            default -> "member of the " + governors.strip();
        };
    }

    /** The lead for a duty among the governors: "governor lead", "trustee lead", "management committee lead". */
    public String governorLead() {
        String one = governor();
        return (one.startsWith("member of the ") ? governors.strip() : one) + " lead";
    }

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
