package dev.rumourmill.alerts;

import java.util.Optional;

/**
 * Turns what a fan typed ("the Reds", "Barca") into the canonical club name stories use. The rumour
 * engine's knowledge base provides the real one; without it names are taken as typed.
 */
@FunctionalInterface
public interface ClubNames {

    Optional<String> canonical(String typed);

    /** Up to {@code max} canonical club names that start with (or contain) what was typed, for autocomplete. */
    default java.util.List<String> suggest(String typed, int max) {
        return java.util.List.of();
    }

    static ClubNames asTyped() {
        return typed -> Optional.of(typed.strip());
    }
}
