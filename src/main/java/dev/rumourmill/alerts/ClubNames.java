package dev.rumourmill.alerts;

import java.util.Optional;

/**
 * Turns what a fan typed ("the Reds", "Barca") into the canonical club name stories use. The rumour
 * engine's knowledge base provides the real one; without it names are taken as typed.
 */
@FunctionalInterface
public interface ClubNames {

    Optional<String> canonical(String typed);

    static ClubNames asTyped() {
        return typed -> Optional.of(typed.strip());
    }
}
