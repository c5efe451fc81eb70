package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * Ratification. With no {@code approvedOn} the documents are drafts for approval by
 * {@code approvedBy} (the governing body unless stated).
 */
public record SignOff(
        @Describe("Who ratified it, without \"the\": e.g. full governing body, trustees, curriculum committee (default: the words.governors word).") Optional<String> approvedBy,
        @Describe("The meeting's date. Leave it out while the policy is a draft: every page then says so.") Optional<PolicyDate> approvedOn,
        @Describe("The people to print in the sign-off table, each with role and name.") List<Signatory> signatories) {

    public record Signatory(
            @Describe("Their role, e.g. Chair of Governors.") String role,
            @Describe("Their name.") PersonName name) {
    }
}
