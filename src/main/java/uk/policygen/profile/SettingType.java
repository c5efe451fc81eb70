package uk.policygen.profile;

/** The kind of setting; it decides, among other things, which AUP forms a school gets. */
public enum SettingType {
    INFANT, JUNIOR, PRIMARY, SECONDARY, ALL_THROUGH, SPECIAL, NURSERY, CHILDRENS_CENTRE, OUT_OF_SCHOOL_CLUB
}
