package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** Where staff keep their phones, who may allow exceptions, and the setting's own devices. */
public record StaffDevices(
        List<String> keptIn,
        Optional<String> permissionFrom,
        boolean workPhoneNumbers,
        boolean workEmail,
        List<String> schoolPhones,
        Optional<String> schoolPhoneImageLimit) {
}
