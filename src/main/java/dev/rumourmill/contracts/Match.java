package dev.rumourmill.contracts;

import java.util.List;

/**
 * The outcome of looking a name up: one {@code found}, or none and {@code suggestions} (ranked) — because
 * several fit ({@code ambiguous}) or none does (the suggestions are then similar names, maybe none).
 */
public record Match<T>(T found, List<T> suggestions, boolean ambiguous) {

    public Match {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    static <T> Match<T> of(T found) {
        return new Match<>(found, List.of(), false);
    }

    public boolean isFound() {
        return found != null;
    }
}
