package uk.policygen.profile;

import java.util.Optional;

/** One official social media channel. {@code address} is a web address or an @handle. */
public record Channel(
        Platform platform,
        Optional<String> address,
        @DefaultValue("open") Access access,
        Optional<String> audience,
        Optional<String> purpose,
        @DefaultValue("live") Status status,
        /** The shared layer (a trust's) this channel comes from; set by policygen for an inherited channel. */
        @Expect("the shared layer this channel comes from (policygen sets it for a channel a trust's layer lists)") Optional<String> sharedBy) {

    public enum Access { OPEN, CLOSED }

    public enum Status { LIVE, PLANNED }
}
