package dev.rumourmill.discord;

import java.util.List;

/**
 * Suggestions while a user types an option of {@link #commandName()} that was declared with
 * {@code setAutoComplete(true)}. The router cuts the list to Discord's 25 choices of at most 100 characters.
 */
interface AutocompleteHandler {

    String commandName();

    List<Choice> suggest(AutocompleteInput input) throws Exception;

    /** What the user typed so far in the focused option, plus the other options already filled in. */
    record AutocompleteInput(String command, String subcommand, String focusedOption, String typed,
                             java.util.Map<String, String> otherOptions, String userId, String guildId,
                             String channelId) {
    }

    /** One suggestion: the label shown and the value the command receives. */
    record Choice(String name, String value) {
    }
}
