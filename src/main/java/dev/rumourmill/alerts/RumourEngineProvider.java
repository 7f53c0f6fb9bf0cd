package dev.rumourmill.alerts;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.contracts.ContractStore;
import dev.rumourmill.contracts.PlayerListing;
import dev.rumourmill.rumours.KnowledgeBase;
import dev.rumourmill.rumours.KnownPlayer;
import dev.rumourmill.rumours.RumourEngine;
import dev.rumourmill.rumours.SourceTiers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rumour engine of the running bot, built on first use from the built-in knowledge base, the players
 * in the contracts database and the tier overrides of bot-config.yml. It is rebuilt when the number of
 * players changed (an import), checked at most once a minute, so a new import is recognised without a
 * restart.
 */
class RumourEngineProvider {

    static final Duration RECHECK = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(RumourEngineProvider.class);

    private record Built(RumourEngine engine, SourceTiers tiers, long players, Instant checkedAt) {
    }

    private final ContractStore contracts;
    private final BotProperties properties;
    private final Clock clock;
    private volatile Built built;

    public RumourEngineProvider(ContractStore contracts, BotProperties properties, Clock clock) {
        this.contracts = contracts;
        this.properties = properties;
        this.clock = clock;
    }

    public RumourEngine engine() {
        return current().engine();
    }

    public SourceTiers tiers() {
        return current().tiers();
    }

    public KnowledgeBase knowledge() {
        return engine().knowledge();
    }

    private Built current() {
        Instant now = clock.instant();
        Built known = built;
        if (known != null && now.isBefore(known.checkedAt().plus(RECHECK))) {
            return known;
        }
        synchronized (this) {
            known = built;
            if (known != null && now.isBefore(known.checkedAt().plus(RECHECK))) {
                return known;
            }
            long players = contracts.playerCount();
            if (known != null && known.players() == players) {
                built = new Built(known.engine(), known.tiers(), players, now);
            } else {
                built = build(players, now);
            }
            return built;
        }
    }

    private Built build(long players, Instant now) {
        long started = System.nanoTime();
        List<KnownPlayer> known = contracts.listings().stream().map(RumourEngineProvider::toKnownPlayer).toList();
        KnowledgeBase knowledge = KnowledgeBase.builtIn(known);
        SourceTiers tiers = SourceTiers.of(properties.sources().tiers().stream()
                .map(o -> new SourceTiers.Override(o.name(), o.tier(), o.guild()))
                .toList(), knowledge);
        RumourEngine engine = new RumourEngine(knowledge, tiers);
        log.info("Rumour engine ready with {} players in {} ms", known.size(), (System.nanoTime() - started) / 1_000_000);
        return new Built(engine, tiers, players, now);
    }

    private static KnownPlayer toKnownPlayer(PlayerListing listing) {
        return new KnownPlayer(listing.id(), listing.name(), listing.knownAs(), listing.clubName());
    }
}
