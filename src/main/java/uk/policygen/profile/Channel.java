package uk.policygen.profile;

import java.util.Optional;

/** One official social media channel. {@code address} is a web address or an @handle. */
public record Channel(
        Platform platform,
        Optional<String> address,
        @DefaultValue("open") Access access,
        Optional<String> audience,
        Optional<String> purpose,
        @DefaultValue("live") Status status) {

    public enum Access { OPEN, CLOSED }

    public enum Status { LIVE, PLANNED }
}
