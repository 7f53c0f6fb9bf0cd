package dev.rumourmill.config;

import java.util.List;

/**
 * Reliability tiers for journalists and outlets, overriding the built-in defaults.
 *
 * @param tiers overrides, each for every server or for one server (guild) only: communities disagree
 */
public record SourcesProperties(List<SourceTierOverride> tiers) {

    public SourcesProperties {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    public static SourcesProperties defaults() {
        return new SourcesProperties(null);
    }
}
