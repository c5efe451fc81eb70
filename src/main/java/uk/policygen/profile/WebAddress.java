package uk.policygen.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A web address: http or https only, with a host that has a dot in it. */
public record WebAddress(String value, String host) {

    public static WebAddress parse(String text) {
        String s = text.strip();
        String expected = "; expected a web address such as https://www.example.sch.uk/";
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("\"" + text + "\" is not a web address (it must start with https://)" + expected);
            }
            String host = uri.getHost();
            if (host == null || !host.contains(".") || host.startsWith(".") || host.endsWith(".")) {
                throw new IllegalArgumentException("\"" + text + "\" has no valid host name" + expected);
            }
            return new WebAddress(s, host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a well-formed web address (" + e.getReason() + ")" + expected);
        }
    }

    public boolean secure() {
        return value.regionMatches(true, 0, "https:", 0, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
