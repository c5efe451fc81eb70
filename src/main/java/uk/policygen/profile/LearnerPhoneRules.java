package uk.policygen.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.policygen.profile.PhoneRule.Arrival;

/**
 * The learners' phone choices that cannot all be true at once. Each is an error at the lines
 * concerned, because the policy would otherwise tell a learner two different things; choices that
 * are coherent but worth a second look at review are warnings.
 */
final class LearnerPhoneRules {
    private static final String LP = "learner_phones";
    /** Words a continuation of "A pupil who breaches this policy repeatedly" begins with. */
    private static final Set<String> VERB_STARTS = Set.of("will", "must", "may", "can", "cannot", "shall", "should",
            "is", "are", "has", "have", "loses", "lose", "hands", "hand", "brings", "bring", "forfeits", "forfeit", "receives", "gets", "faces");

    private LearnerPhoneRules() {
    }

    static void check(School s, Profile p, Problems problems) {
        LearnerPhones lp = p.learnerPhones();
        List<PhoneRule> rules = lp.allowed();
        List<YearGroup> seen = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            PhoneRule r = rules.get(i);
            String at = LP + ".allowed[" + i + "]";
            for (YearGroup g : r.yearGroups().groups()) {
                if (seen.contains(g)) {
                    problems.error(s.at(at + ".year_groups"), at + ".year_groups", g + " is already in an earlier rule; expected each year group"
                            + " in one rule, so a learner has one set of rules");
                    break;
                }
            }
            seen.addAll(r.yearGroups().groups());
            if (r.arrival() == Arrival.HAND_IN && r.handIn().isEmpty()) {
                problems.error(s.at(at), at + ".hand_in", "is missing; expected where the phone is handed in on arrival, e.g. hand_in: the office,"
                        + " or on_arrival: switched-off (kept by the learner, switched off and out of sight), locked-pouch or locker");
            } else if (r.arrival() != Arrival.HAND_IN && r.handIn().isPresent()) {
                problems.error(s.at(at + ".hand_in"), at + ".hand_in", "says the phone is handed in, but on_arrival is "
                        + ProfileBinder.wordOf(r.arrival()) + " (line " + s.at(at + ".on_arrival").line() + "); expected one of them");
            }
            if (r.arrival() != Arrival.SWITCHED_OFF && r.returned().isEmpty()) {
                problems.error(s.at(at), at + ".returned", "is missing; expected when a phone " + arrivalWords(r.arrival())
                        + " on arrival is given back, e.g. returned: at the end of the day");
            }
            if (r.usesInAreas() && r.arrival() != Arrival.SWITCHED_OFF) {
                problems.error(s.at(at + ".may_use_in"), at + ".may_use_in", "lets these learners use their phones in "
                        + String.join(", ", r.mayUseIn()) + ", but the phone is " + arrivalWords(r.arrival()) + " on arrival; expected"
                        + " on_arrival: switched-off (kept by the learner, switched off and out of sight except there)");
            }
            if (r.mayUseWhen().isPresent() && !r.usesInAreas()) {
                problems.error(s.at(at + ".may_use_when"), at + ".may_use_when", "says when these learners may use their phones but not where;"
                        + " expected may_use_in: the places, e.g. [the sixth-form centre]");
            }
        }
        if (lp.wholeSchoolBan()) {
            List<String> contradicting = new ArrayList<>();
            if (!rules.isEmpty()) contradicting.add("allowed");
            if (lp.handInAll()) contradicting.add("hand_in_all");
            if (lp.switchedOff()) contradicting.add("switched_off");
            if (lp.breakTimeUse()) contradicting.add("break_time_use");
            if (lp.curriculumUseWithApproval()) contradicting.add("curriculum_use_with_approval");
            for (String key : contradicting) {
                problems.error(s.at(LP + "." + key), LP + "." + key, "contradicts whole_school_ban (line " + s.at(LP + ".whole_school_ban").line()
                        + "): no learner brings a device, so none is handed in, switched off or used; expected one of them"
                        + " (individual needs go under exceptions)");
            }
        }
        boarding(s, p, problems);
        if (lp.breakTimeUse() && lp.handInAll() && rules.isEmpty()) {
            problems.warning(s.at(LP + ".break_time_use"), LP + ".break_time_use", "lets " + p.words().children() + " use their phones at break, but hand_in_all"
                    + " (line " + s.at(LP + ".hand_in_all").line() + ") has every phone handed in on arrival; expected one of them, or say when"
                    + " phones are collected in handed_in_to");
        }
        if (!rules.isEmpty() && p.yearGroups().isPresent() && lp.handInAll() && lp.othersIn(p.yearGroups().get()).isEmpty()) {
            problems.warning(s.at(LP + ".hand_in_all"), LP + ".hand_in_all", "applies to the year groups no rule in allowed names, and there are"
                    + " none; expected it left out");
        }
        if (lp.exams() && p.yearGroups().map(YearGroups::allEarlyYears).orElse(false)) {
            problems.error(s.at(LP + ".exams"), LP + ".exams", "adds the rule on phones in examinations, but the setting's year groups ("
                    + p.yearGroups().get() + ") sit none; expected exams left out");
        }
        // Children all under eight: a phone goes back to a parent, and the policy says so without being told.
        if (lp.confiscatedReturnedTo().isEmpty() && statesReturn(p) && !p.childrenAllUnderEight()) {
            // Parents collect it, or the learner has it back: the school's choice, and a walker's phone kept
            // for a parent to collect leaves the child without it on the way home.
            String at = LearnerPhones.RETURNED_TO;
            // At the key when it is there but empty (a new profile's TO FILL line), else at the section.
            problems.error(s.where().containsKey(at) ? s.at(at) : s.at(LP), at, "is missing, but the policy says who gets a confiscated phone back;"
                    + " expected confiscated_returned_to: parents (a learner of 18 or over always gets theirs back) or learner");
        }
        if (lp.confiscatedReturnedTo().orElse(null) == LearnerPhones.ReturnedTo.LEARNER && p.yearGroups().isPresent()
                && p.yearGroups().get().groups().stream().anyMatch(g -> g.order() < 12)) {
            problems.warning(s.at(LP + ".confiscated_returned_to"), LP + ".confiscated_returned_to", "gives confiscated phones back to the"
                    + " learner, including children under 16; expected parents (a learner of 18 or over always gets theirs back)"
                    + " unless the governors decided this");
        }
        lp.repeatBreaches().ifPresent(r -> {
            // The policy prints it after "A pupil who breaches this policy repeatedly", the learners' form after "If I break these
            // rules again and again, I": a sentence of its own ("Parents will be asked ...") reads as nonsense in both.
            String first = r.strip().split("\\s+", 2)[0];
            if (!VERB_STARTS.contains(first)) {
                problems.warning(s.at(LP + ".repeat_breaches"), LP + ".repeat_breaches", "\"" + r + "\" is printed after \"A "
                        + p.words().child() + " who breaches this policy repeatedly\"; expected it to go on from there, e.g. \"will have"
                        + " their phone collected by a parent or carer\"");
            }
        });
        if (p.school().type() == SettingType.SPECIAL && lp.exceptions().stream().noneMatch(e -> e.kind() == LearnerPhones.PhoneException.Kind.SEND)) {
            // Without one, the policy's rules reach a pupil's own tablet used as a communication aid.
            problems.warning(s.at(LP), LP + ".exceptions", "a special school with no individual arrangement for special educational needs"
                    + " and disabilities: the policy's rules then apply to a " + p.words().child() + "'s own device used as a communication aid;"
                    + " expected an item with kind: send (and kept_by, approved_by, recorded_in), unless no " + p.words().child() + " uses one");
        }
        for (int i = 0; i < lp.exceptions().size(); i++) {
            LearnerPhones.PhoneException e = lp.exceptions().get(i);
            if (e.keptBy() == LearnerPhones.PhoneException.KeptBy.LEARNER && p.yearGroups().isPresent()) {
                // The policy and the youngest children's form say the child keeps it: a four-year-old's insulin app too.
                List<YearGroup> young = p.yearGroups().get().groups().stream().filter(YearGroup::isUnderEight).toList();
                if (!young.isEmpty()) {
                    String at = LP + ".exceptions[" + i + "].kept_by";
                    problems.warning(s.at(at), at, "has every " + p.words().child() + " with this need keep the device themselves, including"
                            + " children under eight (" + new YearGroups(young) + "); expected learner-or-key-adult (each arrangement says"
                            + " which) or key-adult, unless the governors decided this");
                }
            }
            for (int j = 0; j < i; j++) {
                if (lp.exceptions().get(j).kind() == e.kind()) {
                    String at = LP + ".exceptions[" + i + "].kind";
                    problems.error(s.at(at), at, ProfileBinder.wordOf(e.kind()) + " is already given at line "
                            + s.at(LP + ".exceptions[" + j + "].kind").line() + "; expected each kind of exception once");
                }
            }
        }
    }

    /** Whether the policy says who gets a confiscated phone back: its breaches clause, or the searching clauses (as the templates decide). */
    private static boolean statesReturn(Profile p) {
        List<String> omit = p.clauses().omit();
        if (p.learnerPhones().breachSanction().isPresent() && !omit.contains("mobile.learners-use.breaches")) return true;
        return !omit.contains("mobile.learners-use.searching") && !omit.contains("mobile.learners-use.searching-held");
    }

    private static String arrivalWords(Arrival a) {
        return switch (a) {
            case HAND_IN -> "handed in";
            case SWITCHED_OFF -> "kept switched off";
            case LOCKED_POUCH -> "locked in a pouch";
            case LOCKER -> "locked in a locker";
        };
    }

    /**
     * Boarders' phones in the boarding houses: each boarding year group once, and one the day's rules let bring a phone,
     * or the policy would say that year group is not allowed a phone at any time and then give its boarders one.
     */
    private static void boarding(School s, Profile p, Problems problems) {
        LearnerPhones lp = p.learnerPhones();
        List<YearGroup> seen = new ArrayList<>();
        for (int i = 0; i < lp.boarding().size(); i++) {
            BoardingRule b = lp.boarding().get(i);
            String at = LP + ".boarding[" + i + "]";
            if (lp.wholeSchoolBan()) {
                problems.error(s.at(at), at, "gives boarders phones in the boarding houses, but whole_school_ban (line "
                        + s.at(LP + ".whole_school_ban").line() + ") says no learner brings one; expected one of them");
                continue;
            }
            for (YearGroup g : b.yearGroups().groups()) {
                if (seen.contains(g)) {
                    problems.error(s.at(at + ".year_groups"), at + ".year_groups", g + " is already in an earlier boarding rule; expected each"
                            + " year group in one rule, so a boarder has one set of rules");
                    break;
                }
                if (!lp.handInAll() && lp.allowed().stream().noneMatch(r -> r.yearGroups().groups().contains(g))) {
                    problems.error(s.at(at + ".year_groups"), at + ".year_groups", g + " boarders may use phones in the boarding house, but no rule"
                            + " in allowed lets " + g + " bring a phone, so the policy would say they are not allowed one at any time; expected "
                            + g + " in a rule in allowed, or hand_in_all: true");
                    break;
                }
            }
            seen.addAll(b.yearGroups().groups());
            if (b.handedIn().isPresent() && b.keptIn().isEmpty()) {
                problems.error(s.at(at + ".handed_in"), at + ".handed_in", "says when boarders hand their phones in, but not where they are kept;"
                        + " expected kept_in: the place, e.g. the house office");
            }
        }
    }
}
