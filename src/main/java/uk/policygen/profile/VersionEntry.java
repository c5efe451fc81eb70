package uk.policygen.profile;

import java.util.Optional;

/** One line of a policy's version history: when, what changed (in a line), who approved it. */
public record VersionEntry(PolicyDate date, String change, Optional<String> approvedBy) {
}
