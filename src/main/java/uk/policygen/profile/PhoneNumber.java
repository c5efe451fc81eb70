package uk.policygen.profile;

import java.util.regex.Pattern;

/** A UK telephone number as people write it ("0300 555 1384", "+44 1227 721 000", "999"). */
public record PhoneNumber(String value) {
    private static final Pattern SHAPE = Pattern.compile("(?:\\+44 ?|0)[0-9 ]{9,13}|999|111|101|116 ?[0-9]{3}");

    public static PhoneNumber parse(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        String digits = s.replace(" ", "");
        boolean ukLength = digits.startsWith("+44") ? digits.length() == 13 : digits.length() == 11;
        if (!SHAPE.matcher(s).matches() || (digits.length() > 6 && !ukLength)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a UK phone number; expected 11 digits"
                    + " such as 0300 555 1384 (or +44 300 555 1384)");
        }
        return new PhoneNumber(s);
    }

    public String tel() {
        String digits = value.replace(" ", "");
        return "tel:" + (digits.startsWith("0") && digits.length() == 11 ? "+44" + digits.substring(1) : digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
