package dev.rumourmill.config;

import java.util.Map;
import java.util.Optional;

/** The bot token, read only from the environment. Its {@code toString} never shows it. */
public record DiscordToken(String value) {

    public static final String ENV_VARIABLE = "DISCORD_TOKEN";

    public DiscordToken {
        if (value == null || value.isBlank() || value.strip().chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException("DISCORD_TOKEN is set but is not a token (it is empty or contains spaces). "
                    + "Fix: copy the token from the Discord developer portal (your application > Bot > Reset Token).");
        }
        value = value.strip();
    }

    public static Optional<DiscordToken> fromEnvironment(Map<String, String> environment) {
        String raw = environment.get(ENV_VARIABLE);
        return raw == null || raw.isEmpty() ? Optional.empty() : Optional.of(new DiscordToken(raw));
    }

    @Override
    public String toString() {
        return "DiscordToken[***]";
    }
}
