package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/**
 * Where the school turns for advice and where it refers concerns. Kent schools inherit all of
 * this from the Kent layer (KSCMP, The Education People's Education Safeguarding Service).
 */
public record Advice(
        String service,
        Optional<WebAddress> serviceUrl,
        @DefaultValue("false") boolean modelAuthor,
        String partnership,
        Optional<String> partnershipAbbreviation,
        Optional<WebAddress> partnershipUrl,
        List<Contact> referralContacts,
        Optional<String> referralNotes) {

    public record Contact(String label, Optional<PhoneNumber> phone, Optional<WebAddress> url) {
    }
}
