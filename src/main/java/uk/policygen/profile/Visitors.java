package uk.policygen.profile;

import java.util.List;
import java.util.Optional;

/** Visitors' phones: where they may use them, how they are told, and photos at events. */
public record Visitors(
        List<String> phonesAllowedIn,
        Optional<String> signage,
        boolean visitorAup,
        Optional<String> photographyAtEvents) {
}
