package uk.policygen.record;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import uk.policygen.profile.Guidance;
import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.School;
import uk.policygen.profile.SignOff;

/**
 * What must hold between a profile and its records before anything is written. {@code check}
 * and {@code build} both run these, so they give the same verdict.
 */
public final class RecordRules {
    private RecordRules() {
    }

    /** What a build will do for the school, given its profile and records. */
    public enum State {
        /** No approved_on: a draft for the next review. */
        DRAFT,
        /** approved_on with no record yet for that date: this build writes the record. */
        RATIFYING,
        /** approved_on with its record: the recorded files are published unchanged. */
        RATIFIED
    }

    public static State state(School school, Records records) {
        Optional<String> on = approvedOn(school);
        if (on.isEmpty()) return State.DRAFT;
        return records.at(on.get()).isPresent() ? State.RATIFIED : State.RATIFYING;
    }

    public static Optional<String> approvedOn(School school) {
        return school.profile().signOff().flatMap(SignOff::approvedOn).map(PolicyDate::iso);
    }

    /**
     * A channel whose access (open or closed) is not recorded is named without either word; the
     * profile should say, and a ratification must.
     */
    private static void unknownChannelAccess(School school, boolean ratifying, Problems problems) {
        var channels = school.profile().socialMedia().channels();
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).access() != uk.policygen.profile.Channel.Access.UNKNOWN) continue;
            String field = "social_media.channels[" + i + "].access";
            String where = school.where().containsKey(field) ? field : "social_media.channels[" + i + "]";
            String what = "whether this " + channels.get(i).platform().label() + " channel is open to anyone or closed is not recorded,"
                    + " so the policy names it without saying which";
            if (ratifying) {
                problems.error(school.at(where), field, what + "; expected access: open or access: closed before the policy is ratified");
            } else {
                problems.warning(school.at(where), field, what + "; expected access: open or access: closed");
            }
        }
    }

    public static void check(School school, Records records, ModelEditions editions, LocalDate today, Problems problems) {
        records.verify(problems);
        Optional<String> on = approvedOn(school);
        String folder = ProfileLoader.display(records.root());
        if (on.isPresent()) {
            Optional<Records.Entry> same = records.at(on.get());
            if (same.isPresent() && same.get().manifest().imported()) {
                problems.error(school.at("sign_off.approved_on"), "sign_off.approved_on", on.get()
                        + " is the date of the school's earlier policy, imported in " + folder + "/" + on.get()
                        + "/; the governors ratified that text, not the documents policygen writes; expected the date of the"
                        + " meeting that ratifies the new draft (leave approved_on out until then)");
            }
            PolicyDate lastReviewed = school.profile().review().lastReviewed();
            if (same.isEmpty() && PolicyDate.parse(on.get()).latest().isBefore(lastReviewed.date())) {
                // A record is written once and kept: one dated before the review it claims to ratify is refused, not warned about.
                problems.error(school.at("sign_off.approved_on"), "sign_off.approved_on", on.get() + " is before the last review ("
                        + lastReviewed.iso() + "), so this build would record the governors ratifying a review not yet made; expected"
                        + " the date of the meeting that ratified the reviewed policy, on or after " + lastReviewed.iso());
            }
            if (same.isPresent() && PolicyDate.parse(on.get()).latest().isBefore(lastReviewed.date())) {
                problems.warning(school.at("sign_off.approved_on"), "sign_off.approved_on", "the policy was ratified (" + on.get()
                        + ") before its last review (" + lastReviewed.iso() + "); remove approved_on to mark the reviewed policy as a draft");
            }
            if (same.isEmpty()) {
                records.latest().filter(last -> last.date().compareTo(on.get()) > 0).ifPresent(last ->
                        problems.error(school.at("sign_off.approved_on"), "sign_off.approved_on", on.get()
                                + " is before the latest record (" + last.date() + ", in " + folder
                                + "); expected the date of the meeting that ratified this version, after " + last.date()));
            }
        }
        if (school.profile().signOff().map(uk.policygen.profile.SignOff::approvingBodyUnknown).orElse(false)) {
            String what = "who approves the policy is not recorded, so the documents say \"not recorded\" where the approving body goes";
            if (on.isPresent()) {
                problems.error(school.at("sign_off.approved_by"), "sign_off.approved_by", what + "; a ratification must say who"
                        + " ratified it; expected the body's name, e.g. approved_by: full governing body");
            } else {
                problems.warning(school.at("sign_off.approved_by"), "sign_off.approved_by", what + "; expected the body's name"
                        + " (e.g. full governing body, trustees, a committee) before the policy is ratified");
            }
        }
        unknownChannelAccess(school, on.isPresent(), problems);
        Optional<String> wanted = school.profile().modelEdition();
        if (wanted.isPresent() && editions.find(wanted.get()).isEmpty() && state(school, records) != State.RATIFIED) {
            problems.error(school.at("model_edition"), "model_edition", "\"" + wanted.get() + "\" is not an edition of the model templates;"
                    + " expected one of " + String.join(", ", editions.names().stream().map(n -> "\"" + n + "\" (" + editions.where(n) + ")").toList())
                    + " (leave model_edition out for the base edition, " + editions.base().edition() + ")");
        }
        guidanceChecked(school, today, problems);
    }

    /** Guidance editions whose currency nobody has confirmed for a year. */
    private static void guidanceChecked(School school, LocalDate today, Problems problems) {
        Guidance g = school.profile().guidance();
        Map<String, Guidance.Edition> all = g.byKey();
        for (Map.Entry<String, Guidance.Edition> e : all.entrySet()) {
            Optional<PolicyDate> checked = e.getValue().checked();
            String field = "guidance." + e.getKey() + (checked.isPresent() ? ".checked" : "");
            if (checked.isEmpty()) {
                problems.warning(school.at(field), field, "says no date it was checked; expected checked: YYYY-MM, the month someone"
                        + " confirmed on gov.uk that " + e.getValue().title() + " " + e.getValue().year() + " is current");
            } else if (checked.get().latest().plusYears(1).isBefore(today)) {
                problems.warning(school.at(field), field, e.getValue().title() + " " + e.getValue().year() + " was last checked "
                        + checked.get().display() + ", more than a year ago; expected a check on gov.uk for a newer edition, then"
                        + " checked set to this month");
            }
            e.getValue().unconfirmed().ifPresent(u -> problems.warning(school.at("guidance." + e.getKey()), "guidance." + e.getKey(),
                    e.getValue().title() + ": " + u + "; expected someone to confirm on gov.uk which edition is in force, then set year"
                    + " and checked and remove unconfirmed"));
        }
    }
}
