package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * Ratification. With no {@code approvedOn} the documents are drafts for approval by
 * {@code approvedBy} (the governing body unless stated).
 */
public record SignOff(
        @Describe("Who ratified it, without \"the\": e.g. full governing body, trustees, curriculum committee (default: the words.governors word). Write unknown when the school has not said: the documents then say \"not recorded\", check warns, and a ratification is refused until it is given.") Optional<String> approvedBy,
        @Describe("The meeting's date. Leave it out while the policy is a draft: every page then says so. The first build with a new date writes the record schools/records/<id>/<date>/ (commit it); afterwards the recorded files are published unchanged.") Optional<PolicyDate> approvedOn,
        @Describe("The people to print in the sign-off table, each with role and name.") List<Signatory> signatories) {

    public record Signatory(
            @Describe("Their role, e.g. Chair of Governors.") String role,
            @Describe("Their name.") PersonName name) {
    }

    /** The word a profile writes when it does not know who approves the policy: never printed as a body. */
    public static final String UNKNOWN = "unknown";

    /** True when the profile says it does not know who approves the policy ({@code approved_by: unknown}). */
    public boolean approvingBodyUnknown() {
        return approvedBy.filter(b -> b.strip().equalsIgnoreCase(UNKNOWN)).isPresent();
    }
}
