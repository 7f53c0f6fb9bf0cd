package dev.rumourmill.discord.fake;

/** One suggestion the bot answered an autocomplete request with. */
public record AutocompleteChoice(String name, String value) {
}
