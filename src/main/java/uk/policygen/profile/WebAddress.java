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
            String h = host.toLowerCase(Locale.ROOT);
            if (placeholder(h)) {
                throw new IllegalArgumentException("\"" + text + "\" is a placeholder address (" + h + " is kept for examples), left from a"
                        + " template; expected the real address, or leave the line out: the policies then say nothing rather than send"
                        + " readers to an example");
            }
            return new WebAddress(s, h);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a well-formed web address (" + e.getReason() + ")" + expected);
        }
    }

    /** The names kept for examples and tests (RFC 2606 and RFC 6761), which no real service uses, and the example this tool's own messages give. */
    static boolean placeholder(String host) {
        for (String reserved : java.util.List.of("example.com", "example.org", "example.net", "example.sch.uk")) {
            if (host.equals(reserved) || host.endsWith("." + reserved)) return true;
        }
        for (String tld : java.util.List.of(".example", ".test", ".invalid", ".localhost")) {
            if (host.endsWith(tld)) return true;
        }
        return false;
    }

    public boolean secure() {
        return value.regionMatches(true, 0, "https:", 0, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
