package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * Where the school turns for advice and where it refers concerns. Kent schools inherit all of
 * this from the Kent layer (KSCMP, The Education People's Education Safeguarding Service).
 */
public record Advice(
        @Expect("where the school turns for safeguarding advice, e.g. \"Northshire County Council's Education Safeguarding Team\";"
                + " inherit it from a local authority's shared layer or see schools/shared/example-local-authority.yml") String service,
        Optional<WebAddress> serviceUrl,
        @DefaultValue("false") boolean modelAuthor,
        @Expect("the local safeguarding children partnership, e.g. \"Northshire Safeguarding Children Partnership\"; inherit it from a"
                + " local authority's shared layer or see schools/shared/example-local-authority.yml") String partnership,
        Optional<String> partnershipAbbreviation,
        Optional<WebAddress> partnershipUrl,
        List<Contact> referralContacts,
        Optional<String> referralNotes) {

    public record Contact(String label, Optional<PhoneNumber> phone, Optional<WebAddress> url) {
    }
}
