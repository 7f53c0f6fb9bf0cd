package dev.rumourmill.feeds;

import dev.rumourmill.config.PollingProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** The poll cycle assembled by hand, as FeedsConfiguration does, around a test database and clock. */
final class PollCycleHarness implements AutoCloseable {

    static final PollingProperties POLLING = new PollingProperties(Duration.ZERO, Duration.ofHours(1), 3,
            DataSize.ofMegabytes(5), Duration.ofHours(48), 4, List.of("127.0.0.1"));

    final FeedRegistry registry;
    final FeedStateStore states;
    final SeenEntryStore seen;
    final PollCycle cycle;
    final FeedPoller poller;

    PollCycleHarness(DataSource dataSource, Clock clock, NewEntryHandler handler, FeedHealthListener listener) {
        this(dataSource, clock, handler, listener, POLLING, Duration.ofSeconds(3));
    }

    PollCycleHarness(DataSource dataSource, Clock clock, NewEntryHandler handler, FeedHealthListener listener,
                       PollingProperties polling, Duration fetchTimeout) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        registry = new FeedRegistry(jdbc, clock);
        states = new FeedStateStore(jdbc);
        seen = new SeenEntryStore(jdbc);
        FetchSettings settings = FetchSettings.from(polling, "test").withTotalTimeout(fetchTimeout);
        EntryIngestor ingestor = new EntryIngestor(seen, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                handler, polling.maxEntryAge());
        poller = new FeedPoller(new CoalescingFeedFetcher(new HttpFeedFetcher(settings, Clock.systemUTC())),
                new RomeFeedParser(clock), ingestor, states, new PollSchedule(polling, new SplittableRandom(1)),
                polling.disableAfterFailures(), List.of(listener), clock);
        cycle = new PollCycle(states, poller, clock, 4, polling.maxInFlight(), polling.perHostConcurrency());
    }

    FeedSource add(java.net.URI url, String name, int preview) {
        return registry.add(url, name, Duration.ofMinutes(5), preview, FeedRegistry.Origin.CONFIG);
    }

    @Override
    public void close() {
        cycle.close();
    }
}
