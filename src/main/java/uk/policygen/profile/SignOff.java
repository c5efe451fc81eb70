package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * Ratification. With no {@code approvedOn} the documents are drafts for approval by
 * {@code approvedBy} (the governing body unless stated).
 */
public record SignOff(
        Optional<String> approvedBy,
        Optional<PolicyDate> approvedOn,
        List<Signatory> signatories) {

    public record Signatory(String role, PersonName name) {
    }

    /** The word a profile writes when it does not know who approves the policy: never printed as a body. */
    public static final String UNKNOWN = "unknown";

    /** True when the profile says it does not know who approves the policy ({@code approved_by: unknown}). */
    public boolean approvingBodyUnknown() {
        return approvedBy.filter(b -> b.strip().equalsIgnoreCase(UNKNOWN)).isPresent();
    }
}
