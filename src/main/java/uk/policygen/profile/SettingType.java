package uk.policygen.profile;

/**
 * The kind of setting; it decides, among other things, which AUP forms a school gets and how the
 * documents speak of the place and the people in it. Each fact about a kind lives here, once.
 */
public enum SettingType {
    INFANT, JUNIOR, PRIMARY, SECONDARY, ALL_THROUGH, SPECIAL, NURSERY, CHILDRENS_CENTRE, OUT_OF_SCHOOL_CLUB;

    /** A school in law: lessons, teachers, the DfE's school-only guidance (behaviour, searching). */
    public boolean school() {
        return this != NURSERY && this != CHILDRENS_CENTRE && this != OUT_OF_SCHOOL_CLUB;
    }

    /** An early years setting (nursery, children's centre): key persons, the EYFS framework. */
    public boolean earlyYears() {
        return this == NURSERY || this == CHILDRENS_CENTRE;
    }

    /** Every child is of primary age (under 13, the minimum age most social media services set). */
    public boolean primaryAge() {
        return this == INFANT || this == JUNIOR || this == PRIMARY;
    }

    /** Who, besides the leadership, works with the children: "teachers" in a school, "key persons" in a nursery, centre or club. */
    public String practitioners() {
        return school() ? "teachers" : "key persons";
    }

    /** A club runs sessions (before and after school, in the holidays) rather than a whole day. */
    public boolean runsSessions() {
        return this == OUT_OF_SCHOOL_CLUB;
    }

    /** "during the day" where children spend the day; "during a session" in a club. */
    public String whileThere() {
        return runsSessions() ? "during a session" : "during the day";
    }

    /** "lesson time" in a school, "working time" in a nursery, centre or club. */
    public String lessonTime() {
        return school() ? "lesson time" : "working time";
    }

    /** The kind in a sentence, with its article: "an infant school", "a children's centre", "an out-of-school club". */
    public String inASentence() {
        return switch (this) {
            case INFANT -> "an infant school";
            case JUNIOR -> "a junior school";
            case PRIMARY -> "a primary school";
            case SECONDARY -> "a secondary school";
            case ALL_THROUGH -> "an all-through school";
            case SPECIAL -> "a special school";
            case NURSERY -> "a nursery";
            case CHILDRENS_CENTRE -> "a children's centre";
            case OUT_OF_SCHOOL_CLUB -> "an out-of-school club";
        };
    }

    /**
     * What a new profile of this kind starts with (by key path), where a school's defaults would be wrong: the words of
     * a nursery, centre or club ("children", not "pupils"), no phones for the under-fives, and a special school's
     * simplified learners' form.
     */
    public java.util.Map<String, String> startingChoices() {
        return switch (this) {
            // Children under five do not bring phones: the policy says so plainly, rather than only that they do not use them.
            case NURSERY -> java.util.Map.of("words.children", "children", "words.setting", "nursery", "words.leader", "nursery manager",
                    "learner_phones.whole_school_ban", "true");
            case CHILDRENS_CENTRE -> java.util.Map.of("words.children", "children", "words.setting", "centre", "words.leader", "centre manager",
                    "learner_phones.whole_school_ban", "true");
            case OUT_OF_SCHOOL_CLUB -> java.util.Map.of("words.children", "children", "words.setting", "club", "words.leader", "club manager");
            case SPECIAL -> java.util.Map.of("documents.simplified_send_form", "true");
            default -> java.util.Map.of();
        };
    }
}
