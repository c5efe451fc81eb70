package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** Visitors' phones: where they may use them, how they are told, and photos at events. */
public record Visitors(
        List<String> phonesAllowedIn,
        Optional<String> signage,
        boolean visitorAup,
        // A school's own rule (seed 002), not the model's: printed only when the school chooses it.
        boolean noCallsInPublicAreas,
        Optional<String> photographyAtEvents) {
}
