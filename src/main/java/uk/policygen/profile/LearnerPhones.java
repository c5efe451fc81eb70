package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * What children may do with their own phones. Year groups not named in {@code allowed} may not
 * bring one (or, with {@code handInAll}, must hand it in on arrival).
 */
public record LearnerPhones(
        List<PhoneRule> allowed,
        boolean handInAll,
        Optional<String> handedInTo,
        boolean switchedOff,
        boolean breakTimeUse,
        boolean curriculumUseWithApproval,
        boolean basicPhoneAdvice,
        @DefaultValue("the school office") String confiscatedHeldIn,
        @DefaultValue("at the end of the day") String confiscatedReturned,
        Optional<String> breachSanction,
        boolean searchNeedsConsent,
        boolean exams,
        Optional<String> contactHomeVia) {
}
