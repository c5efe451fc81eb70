package uk.policygen.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What learners may do with their own phones, smartwatches and other connected devices. Year groups
 * named in {@code allowed} may bring one, on that rule's arrangement; every other year group may not
 * bring one (or, with {@code handInAll}, hands it in on arrival). {@code wholeSchoolBan} says plainly
 * that no learner brings one. Individual exceptions (medical, SEND, young carers) apply to every
 * year group, whatever the rules say.
 */
public record LearnerPhones(
        @Describe("The year groups that may bring a phone, one rule per group of year groups (each year group in one rule); year groups no rule names may not bring one. With no rule, the policy says only that learners do not use phones on site (whole_school_ban: they do not bring one).") List<PhoneRule> allowed,
        @Describe("true when no learner brings a phone, smartwatch or other personal device; the policy says so plainly. Individual exceptions still apply.") boolean wholeSchoolBan,
        @Describe("true if every other learner who brings a phone hands it in on arrival, to handed_in_to.") boolean handInAll,
        @Describe("Who or where phones are handed in to, e.g. a teacher.") Optional<String> handedInTo,
        @Describe("Phones stay switched off and out of sight on site (the policy names the exceptions the other keys make).") boolean switchedOff,
        @Describe("Phones may be used at break or in free time (the DfE's 2026 guidance advises against it; check warns).") boolean breakTimeUse,
        @Describe("Phones may be used in a lesson activity staff have approved.") boolean curriculumUseWithApproval,
        @Describe("Smartwatches and connected devices: not-stated, as-phones (the same rules apply) or not-allowed.") @DefaultValue("not-stated") Smartwatches smartwatches,
        @Describe("Individual arrangements (medical under an individual healthcare plan, SEND, young carers): who keeps the device, who approves, where it is recorded.") List<PhoneException> exceptions,
        @Describe("Include the advice to choose a basic phone rather than a smartphone.") boolean basicPhoneAdvice,
        @Describe("Where a confiscated phone is kept, e.g. the school office; left out, the policy does not say where.") Optional<String> confiscatedHeldIn,
        @Describe("When a confiscated phone is returned, e.g. at the end of the day; left out, the policy does not say when.") Optional<String> confiscatedReturned,
        @Describe("Who gets a confiscated phone back: parents (a learner of 18 or over gets it back themselves) or learner. Required when the policy says what happens to a confiscated phone (its searching or breaches clauses), because the school decides it.") Optional<ReturnedTo> confiscatedReturnedTo,
        @Describe("Any further sanction for a breach, in the school's words.") Optional<String> breachSanction,
        @Describe("What follows repeated breaches, as it reads after \"A pupil who breaches this policy repeatedly\", e.g. \"will hand their phone in at the start of each day for a month\".")
        @Expect("what happens after repeated breaches, as it reads after \"a pupil who breaches this policy repeatedly\","
                + " e.g. \"will hand their phone in at the start of each day for a month\"") Optional<String> repeatBreaches,
        @Describe("Include the model's clause that a member of the leadership team may search a learner's phone with the learner's or a parent's consent (printed beside the DfE's searching powers, where they apply).") boolean searchNeedsConsent,
        @Describe("Include the rules for phones in examinations (an error for a setting with only Nursery and Reception).") boolean exams,
        @Describe("How a learner contacts home, e.g. a school phone; always printed.") Optional<String> contactHomeVia,
        @Describe("For a boarding school: when and where boarders may use their phones outside the school day (may_use), where the phones are kept otherwise (kept_in) and when they are handed in (handed_in), one rule per group of boarders' year groups. In the school day the rules in allowed apply to boarders too.") List<BoardingRule> boarding) {
    /**
     * Keys that are optional in the records but that the model's clauses, as a new profile has them, need the school
     * to decide: {@code policygen new} marks them TO FILL, and check asks for them while the clauses that need them are
     * printed. Who gets a confiscated phone back is one: a walker's phone kept for a parent leaves the child without it.
     */
    public static final java.util.Set<String> DECIDED_BY_EACH_SCHOOL = java.util.Set.of(LearnerPhones.RETURNED_TO);
    /** The key of who gets a confiscated phone back. */
    public static final String RETURNED_TO = "learner_phones.confiscated_returned_to";


    /** Smartwatches and other connected devices (fitness trackers, earbuds with a phone connection). */
    public enum Smartwatches {
        /** The policy says nothing about them beyond "personal devices". */
        NOT_STATED,
        /** The same rules as phones. */
        AS_PHONES,
        /** Not worn or brought at all. */
        NOT_ALLOWED
    }

    /** Who gets a confiscated device back. */
    public enum ReturnedTo {
        /** A parent or carer (a learner of 18 or over gets it back themselves). */
        PARENTS,
        /** The learner. */
        LEARNER
    }

    /** Whether a member of staff may ever let a learner use a device on site. */
    public boolean staffMayPermit() {
        return curriculumUseWithApproval || breakTimeUse;
    }

    /** Whether any year group may use a device somewhere on site without asking each time. */
    public boolean anyAreaUse() {
        return allowed.stream().anyMatch(PhoneRule::usesInAreas);
    }

    /** Whether any learner may have a device with them on site, exceptions aside. */
    public boolean anyDevicesOnSite() {
        return !allowed.isEmpty() || handInAll || staffMayPermit() || switchedOff;
    }

    /** Whether no learner may have a device on site, exceptions aside. */
    public boolean noDevices() {
        return wholeSchoolBan || !anyDevicesOnSite();
    }

    /** The year groups of the setting that no rule in {@code allowed} names (empty when all are named). */
    public List<YearGroup> othersIn(YearGroups setting) {
        List<YearGroup> out = new ArrayList<>(setting.groups());
        allowed.forEach(r -> out.removeAll(r.yearGroups().groups()));
        return List.copyOf(out);
    }

    /**
     * Whether a rule in {@code allowed} names its year groups on a condition ("if they walk home alone"): the pupils of
     * those year groups who do not meet it are "other pupils" too, whom the rule for the rest must cover. Not in a
     * boarding school, whose condition is most often "if they are day pupils": its boarders' rules cover the rest, and
     * "not allowed mobile phones at any time" would deny the boarders what those rules allow.
     */
    public boolean anyConditional() {
        return boarding.isEmpty() && allowed.stream().anyMatch(r -> r.condition().isPresent());
    }

    /** The needs the school makes individual arrangements for, in the policy's words ("a medical need"). */
    public List<String> exceptionNeeds() {
        return exceptions.stream().map(e -> e.kind().need()).distinct().toList();
    }

    /** The same, in the learner's voice ("my health"). */
    public List<String> exceptionNeedsMine() {
        return exceptions.stream().map(e -> e.kind().mine()).distinct().toList();
    }

    /** The exceptions of one kind ("MEDICAL"), for the templates. */
    public List<PhoneException> exceptionsOf(String kind) {
        return exceptions.stream().filter(e -> e.kind().name().equals(kind)).toList();
    }

    /** One kind of individual exception, its arrangement, who approves it and where it is recorded. */
    public record PhoneException(
            Kind kind,
            // No default: whether a child carries a live phone all day, or an adult holds it, is the school's decision.
            @Expect("who keeps the device during the day: learner, key-adult or learner-or-key-adult") KeptBy keptBy,
            @Expect("who approves each arrangement, e.g. \"the headteacher\"") Optional<String> approvedBy,
            @Expect("where each arrangement is recorded, e.g. \"the pupil's individual healthcare plan\"") Optional<String> recordedIn) {

        public enum Kind {
            /** A medical need under an individual healthcare plan (a glucose-monitoring app, for example). */
            MEDICAL("a medical need", "my health"),
            /** A special educational need or disability (a communication aid, for example). */
            SEND("special educational needs and disabilities", "my needs"),
            /** A young carer who must be reachable. */
            YOUNG_CARER("a young carer's responsibilities", "my caring");

            private final String need;
            private final String mine;

            Kind(String need, String mine) {
                this.need = need;
                this.mine = mine;
            }

            /** "a medical need": as in "an individual arrangement for a medical need". */
            public String need() {
                return need;
            }

            /** "my health": the same need in the learner's voice, on a form. */
            public String mine() {
                return mine;
            }
        }

        /** Who keeps the device during the day. */
        public enum KeptBy { LEARNER, KEY_ADULT, LEARNER_OR_KEY_ADULT }
    }
}
