package dev.rumourmill.alerts;

import java.util.Optional;

/**
 * Turns what a fan typed or picked ("konate", "Ibou", a player id from autocomplete) into the player's
 * full name as stories spell it. Without contract data names are taken as typed.
 */
@FunctionalInterface
interface PlayerNames {

    Optional<String> canonical(String typed);

    static PlayerNames asTyped() {
        return typed -> Optional.of(typed.strip());
    }
}
