package uk.policygen.profile;

import java.util.Optional;

/** One official social media channel. {@code address} is a web address or an @handle. */
public record Channel(
        Platform platform,
        Optional<String> address,
        @DefaultValue("unknown") Access access,
        Optional<String> audience,
        Optional<String> purpose,
        @DefaultValue("live") Status status) {

    /** Open to anyone, closed to a named audience, or not yet recorded (never printed as if known). */
    public enum Access { OPEN, CLOSED, UNKNOWN }

    public enum Status { LIVE, PLANNED }
}
