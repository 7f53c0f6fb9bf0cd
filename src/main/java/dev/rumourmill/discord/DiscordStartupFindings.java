package dev.rumourmill.discord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Problems the start-up checks found that do not stop the bot (a missing permission, a missing scope),
 * each with its fix. They are logged as warnings and kept for anyone who wants to show them again.
 */
class DiscordStartupFindings {

    private static final Logger log = LoggerFactory.getLogger(DiscordStartupFindings.class);

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    void warn(String warning) {
        warnings.add(warning);
        log.warn(warning);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
