package dev.rumourmill.config;

import java.util.regex.Pattern;

/** Checks Discord ids (snowflakes) written in bot-config.yml. */
final class Snowflakes {

    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,20}");

    private Snowflakes() {
    }

    static String required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigException(key, "", "set the Discord id (a 17-20 digit number; in Discord: "
                    + "User Settings > Advanced > Developer Mode, then right-click > Copy ID)");
        }
        return optional(key, value);
    }

    static String optional(String key, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!SNOWFLAKE.matcher(trimmed).matches()) {
            throw new InvalidConfigException(key, value, "a Discord id is a 17-20 digit number written in quotes, "
                    + "e.g. \"123456789012345678\" (Developer Mode > right-click > Copy ID)");
        }
        return trimmed;
    }
}
