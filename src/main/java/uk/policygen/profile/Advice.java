package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * Where the school turns for advice and where it refers concerns. Kent schools inherit all of
 * this from the Kent layer (KSCMP, The Education People's Education Safeguarding Service).
 */
public record Advice(
        @Describe("Where the school seeks advice, e.g. The Education People's Education Safeguarding Service.")
        @Expect("where the school turns for safeguarding advice, e.g. \"Northshire County Council's Education Safeguarding Team\";"
                + " inherit it from a local authority's shared layer or see schools/shared/example-local-authority.yml") String service,
        @Describe("The advice service's web address.") Optional<WebAddress> serviceUrl,
        @Describe("The advice service also wrote the model policy (so the acknowledgement names it once).") @DefaultValue("false") boolean modelAuthor,
        @Describe("The local safeguarding children partnership.")
        @Expect("the local safeguarding children partnership, e.g. \"Northshire Safeguarding Children Partnership\"; inherit it from a"
                + " local authority's shared layer or see schools/shared/example-local-authority.yml") String partnership,
        @Describe("Its short name, e.g. KSCMP.") Optional<String> partnershipAbbreviation,
        @Describe("The partnership's web address.") Optional<WebAddress> partnershipUrl,
        @Describe("Where to refer concerns, each with label and a phone or url.") List<Contact> referralContacts,
        @Describe("Anything else the policy should say about referrals.") Optional<String> referralNotes) {

    public record Contact(
            @Describe("Who they are, e.g. Front Door Service.") String label,
            @Describe("Their phone number.") Optional<PhoneNumber> phone,
            @Describe("Their web address.") Optional<WebAddress> url) {
    }
}
