package uk.policygen.profile;

import java.util.Optional;

/** One line of a policy's version history: when, what changed (in a line), who approved it. */
public record VersionEntry(
        @Describe("When.") PolicyDate date,
        @Describe("What changed, in a line.") String change,
        @Describe("Who approved it.") Optional<String> approvedBy) {
}
