package dev.rumourmill.config;

import java.util.List;

/**
 * Contract data for /contract, /expiring and /squad-contracts.
 *
 * @param sampleDataWhenEmpty load the small SAMPLE DATA set when the database has no players (default true)
 * @param overrides           corrections that win over every other source, recorded as set by bot-config.yml
 * @param liveProvider        the optional football-data.org provider (off by default)
 */
public record ContractsProperties(Boolean sampleDataWhenEmpty, List<ContractOverrideProperties> overrides,
        LiveProviderProperties liveProvider) {

    public ContractsProperties {
        sampleDataWhenEmpty = sampleDataWhenEmpty == null || sampleDataWhenEmpty;
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        liveProvider = liveProvider == null ? LiveProviderProperties.defaults() : liveProvider;
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < overrides.size(); i++) {
            if (!seen.add(overrides.get(i).player().toLowerCase(java.util.Locale.ROOT))) {
                throw new InvalidConfigException("overrides[" + i + "].player", overrides.get(i).player(),
                        "this player has two overrides; keep one of them");
            }
        }
    }

    public static ContractsProperties defaults() {
        return new ContractsProperties(null, null, null);
    }
}
