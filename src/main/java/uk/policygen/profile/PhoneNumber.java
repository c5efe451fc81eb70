package uk.policygen.profile;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;

/**
 * A UK telephone number as people write it ("0300 555 1384", "01697 73123", "+44 (0)1227 721000",
 * "0800 1111", "999", "116 123"), checked against the UK numbering plan by libphonenumber, which
 * knows which ranges exist; printed as written, dialled as {@code tel:+44…}.
 */
public record PhoneNumber(String value) {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT = ShortNumberInfo.getInstance();

    public static PhoneNumber parse(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (isUk(s)) return new PhoneNumber(s);
        throw new IllegalArgumentException("\"" + text + "\" is not a UK phone number; expected a number as it is dialled in the UK,"
                + " such as 0300 555 1384, 01697 73123, +44 (0)1227 721000 or 0800 1111");
    }

    private static boolean isUk(String s) {
        if (!s.matches("[+0-9 ()\\-.]{3,25}")) return false;
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(s, "GB");
            String region = PHONES.getRegionCodeForNumber(n);
            boolean uk = n.getCountryCode() == 44 && ("GB".equals(region) || "GG".equals(region) || "JE".equals(region) || "IM".equals(region));
            if (uk && PHONES.isValidNumber(n)) return true;
            String digits = s.replaceAll("[^0-9]", "");
            return !s.startsWith("+") && digits.length() <= 6 && SHORT.isValidShortNumberForRegion(PHONES.parse(digits, "GB"), "GB");
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** The number to dial from a link: {@code tel:+441227721000}, or {@code tel:999} for a short number. */
    public String tel() {
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(value, "GB");
            if (PHONES.isValidNumber(n)) return "tel:" + PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            // a short number
        }
        return "tel:" + value.replaceAll("[^0-9]", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
