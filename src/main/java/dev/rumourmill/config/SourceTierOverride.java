package dev.rumourmill.config;

import java.util.Locale;
import java.util.Set;

/**
 * One source's tier as a community sees it.
 *
 * @param name  a journalist or outlet, as it is written in articles (e.g. "Fabrizio Romano", "The Sun")
 * @param tier  official, 1 (most reliable) to 4 (least), or aggregator
 * @param guild a guild (server) id to apply it to one server only; empty = every server
 */
public record SourceTierOverride(String name, String tier, String guild) {

    public static final Set<String> TIERS = Set.of("official", "1", "2", "3", "4", "aggregator");

    public SourceTierOverride {
        if (name == null || name.isBlank()) {
            throw new InvalidConfigException("name", "", "name the journalist or outlet, e.g. \"Fabrizio Romano\"");
        }
        name = name.trim();
        tier = tier == null ? "" : tier.trim().toLowerCase(Locale.ROOT);
        if (!TIERS.contains(tier)) {
            throw new InvalidConfigException("tier", tier,
                    "use one of official, 1, 2, 3, 4 or aggregator (1 = most reliable, 4 = least)");
        }
        guild = Snowflakes.optional("guild", guild);
    }
}
