package dev.rumourmill.config;

import java.util.Optional;

/**
 * Whether this process posts to Discord or only prints what it would post (preview mode, no token).
 */
public record RunMode(Optional<DiscordToken> token) {

    public RunMode {
        token = token == null ? Optional.empty() : token;
    }

    public boolean isPreview() {
        return token.isEmpty();
    }
}
