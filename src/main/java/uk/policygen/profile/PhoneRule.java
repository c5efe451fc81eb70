package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * What one group of year groups may do with their own phones and connected devices: they may bring
 * one (on a condition, if any), what happens to it on arrival, and where and when they may use it.
 * Year groups no rule names may not bring a device at all.
 */
public record PhoneRule(
        YearGroups yearGroups,
        Optional<String> condition,
        Optional<Arrival> onArrival,
        @Expect("where the phone is handed in on arrival, e.g. \"the office\"") Optional<String> handIn,
        // No default: when a phone comes back is the school's decision, never a guess (LearnerPhoneRules).
        @Expect("when the phone is given back, e.g. \"at the end of the day\"") Optional<String> returned,
        @Expect("the places these learners may use their phones, e.g. [the sixth-form centre]") List<String> mayUseIn,
        @Expect("when they may use them there, as it reads after \"may use their phones there\", e.g. \"during study periods and at lunch\"")
        Optional<String> mayUseWhen) {

    /** What happens to the device when the learner arrives. */
    public enum Arrival {
        /** Handed in to a named place or person ({@code hand_in}) and collected when {@code returned} says. */
        HAND_IN,
        /** Kept by the learner, switched off and out of sight. */
        SWITCHED_OFF,
        /** Locked in a pouch the learner keeps, unlocked when {@code returned} says. */
        LOCKED_POUCH,
        /** Locked in the learner's locker. */
        LOCKER
    }

    /** The arrival as the profile means it: handed in when only {@code hand_in} is written. */
    public Arrival arrival() {
        return onArrival.orElse(Arrival.HAND_IN);
    }

    /** Whether these learners may use their phone anywhere on site without asking. */
    public boolean usesInAreas() {
        return !mayUseIn.isEmpty();
    }
}
