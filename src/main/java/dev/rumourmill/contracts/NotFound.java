package dev.rumourmill.contracts;

import java.util.List;

/**
 * No single player or club matched.
 *
 * @param what        "player" or "club"
 * @param ambiguous   several matched (the suggestions), as opposed to none
 * @param suggestions ranked, at most 10; their values find the entry exactly
 */
public record NotFound(String query, String what, boolean ambiguous, List<Choice> suggestions)
        implements ContractAnswer, ClubAnswer {

    public NotFound {
        suggestions = List.copyOf(suggestions);
    }

    /** One line for the user: "Several players match 'silva': which one?" or "No player called 'xyzzy' found." */
    public String message() {
        String shown = query.length() > 60 ? query.substring(0, 60) + "…" : query;
        if (ambiguous) {
            return "Several " + what + "s match '" + shown + "': which one?";
        }
        return "No " + what + " called '" + shown + "' found."
                + (suggestions.isEmpty() ? " Check the spelling or pick one from the list as you type." : " Did you mean:");
    }
}
