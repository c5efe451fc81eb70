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
        List<PhoneRule> allowed,
        boolean wholeSchoolBan,
        boolean handInAll,
        Optional<String> handedInTo,
        boolean switchedOff,
        boolean breakTimeUse,
        boolean curriculumUseWithApproval,
        @DefaultValue("not-stated") Smartwatches smartwatches,
        List<PhoneException> exceptions,
        boolean basicPhoneAdvice,
        @DefaultValue("the school office") String confiscatedHeldIn,
        @DefaultValue("at the end of the day") String confiscatedReturned,
        @DefaultValue("parents") ReturnedTo confiscatedReturnedTo,
        Optional<String> breachSanction,
        @Expect("what happens after repeated breaches, as it reads after \"a pupil who breaches this policy repeatedly\","
                + " e.g. \"will hand their phone in at the start of each day for a month\"") Optional<String> repeatBreaches,
        boolean searchNeedsConsent,
        boolean exams,
        Optional<String> contactHomeVia) {

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

    /** The exceptions of one kind ("MEDICAL"), for the templates. */
    public List<PhoneException> exceptionsOf(String kind) {
        return exceptions.stream().filter(e -> e.kind().name().equals(kind)).toList();
    }

    /** One kind of individual exception, its arrangement, who approves it and where it is recorded. */
    public record PhoneException(
            Kind kind,
            @DefaultValue("learner") KeptBy keptBy,
            @Expect("who approves each arrangement, e.g. \"the headteacher\"") Optional<String> approvedBy,
            @Expect("where each arrangement is recorded, e.g. \"the pupil's individual healthcare plan\"") Optional<String> recordedIn) {

        public enum Kind {
            /** A medical need under an individual healthcare plan (a glucose-monitoring app, for example). */
            MEDICAL,
            /** A special educational need or disability (a communication aid, for example). */
            SEND,
            /** A young carer who must be reachable. */
            YOUNG_CARER
        }

        /** Who keeps the device during the day. */
        public enum KeptBy { LEARNER, KEY_ADULT, LEARNER_OR_KEY_ADULT }
    }
}
