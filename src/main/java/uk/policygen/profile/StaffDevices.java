package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** Where staff keep their phones, who may allow exceptions, and the setting's own devices. */
public record StaffDevices(
        @Describe("Where staff keep their phones, e.g. designated lockers, the staffroom.") List<String> keptIn,
        @Describe("Who may allow personal use in teaching time, e.g. the headteacher.") Optional<String> permissionFrom,
        @Describe("Staff are given a work phone number where they need to contact families.") boolean workPhoneNumbers,
        @Describe("Staff are given a work email address where they need to contact families.") boolean workEmail,
        @Describe("The school's own mobile phones, one line each, saying who it is for, e.g. Year 3 and Year 4 to make contact with the main school office.") List<String> schoolPhones,
        @Describe("The school's mobile phones are also its cameras, used on site and taken on trips and events (the policy then says so).") boolean schoolPhoneCamera,
        @Describe("How many images may stay on a school phone before they are uploaded and deleted, e.g. a week's worth.") Optional<String> schoolPhoneImageLimit) {
}
