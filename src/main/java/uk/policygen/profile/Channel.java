package uk.policygen.profile;

import java.util.Optional;

/** One official social media channel. {@code address} is a web address or an @handle. */
public record Channel(
        @Describe("The platform the channel runs on.") Platform platform,
        @Describe("The page's https:// address, or an @handle.") Optional<String> address,
        @Describe("Whether anyone can see it (open) or only those let in (closed); unknown until the school says, and never printed as either.") @DefaultValue("unknown") Access access,
        @Describe("Who it is for, e.g. parents and carers.") Optional<String> audience,
        @Describe("What the school uses it for, as it reads after the address: \"to share news and events\" (or \"news and events\", printed as \"for news and events\").") Optional<String> purpose,
        @Describe("live, or planned for a channel not yet running.") @DefaultValue("live") Status status,
        /** The shared layer (a trust's) this channel comes from; set by policygen for an inherited channel. */
        @Describe("The shared layer this channel comes from; policygen sets it for a channel a trust's layer lists.")
        @Expect("the shared layer this channel comes from (policygen sets it for a channel a trust's layer lists)") Optional<String> sharedBy) {

    /** Open to anyone, closed to a named audience, or not yet recorded (never printed as if known). */
    public enum Access { OPEN, CLOSED, UNKNOWN }

    public enum Status { LIVE, PLANNED }
}
