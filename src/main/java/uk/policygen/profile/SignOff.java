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
}
