package uk.policygen.profile;

import java.util.regex.Pattern;

/** An email address, checked for shape only (one @, a dotted domain, no spaces). */
public record Email(String value) {
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9._%+'\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)+");

    public static Email parse(String text) {
        String s = text.strip();
        if (!SHAPE.matcher(s).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an email address; expected one like office@school.kent.sch.uk");
        }
        return new Email(s);
    }

    public String mailto() {
        return "mailto:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
