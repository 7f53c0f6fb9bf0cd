package dev.rumourmill.config;

import java.util.List;

/**
 * Reliability tiers for journalists and outlets, overriding the built-in defaults.
 *
 * @param tiers      overrides, each for every server or for one server (guild) only: communities disagree
 * @param learnTiers whether each server's tiers follow its sources' records (outcome-learned, opt-in; an
 *                   override in {@code tiers} always wins)
 */
public record SourcesProperties(List<SourceTierOverride> tiers, boolean learnTiers) {

    public SourcesProperties {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    public static SourcesProperties defaults() {
        return new SourcesProperties(null, false);
    }
}
