package dev.rumourmill.feeds;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.PollingProperties;
import dev.rumourmill.config.AppVersion;
import dev.rumourmill.config.RunMode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feeds feature's composition root: fetcher, parser, stores, the /feeds use cases and the poll routine. The rumour engine plugs in by providing a {@link NewEntryHandler} bean;
 * until one exists, preview mode prints each new entry and a connected bot only logs it.
 */
@Configuration(proxyBeanMethods = false)
public class FeedsConfiguration {

    /**
     * Threads that parse and ingest fetched feeds and do the polls' database work. It is CPU work (the
     * waiting for servers happens on the fetcher's dispatcher), so about one per core, within the
     * database pool's eight connections.
     */
    public static final int POLL_WORKERS = Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors()));

    @Bean
    RomeFeedParser romeFeedParser(Clock clock) {
        return new RomeFeedParser(clock);
    }

    @Bean
    FeedFetcher feedFetcher(BotProperties properties, Clock clock) {
        FetchSettings settings = FetchSettings.from(properties.polling(), AppVersion.current());
        return new CoalescingFeedFetcher(new HttpFeedFetcher(settings, clock));
    }

    @Bean
    FeedRegistry feedRegistry(JdbcTemplate jdbc, Clock clock) {
        return new FeedRegistry(jdbc, clock);
    }

    @Bean
    FeedAdministration feedAdministration(FeedRegistry registry, FeedStateStore states, FeedFetcher fetcher,
                                          RomeFeedParser parser) {
        return new FeedAdministration(registry, states, fetcher, parser);
    }

    @Bean
    FeedStateStore feedStateStore(JdbcTemplate jdbc) {
        return new FeedStateStore(jdbc);
    }

    @Bean
    SeenEntryStore seenEntryStore(JdbcTemplate jdbc) {
        return new SeenEntryStore(jdbc);
    }

    @Bean
    EntryIngestor entryIngestor(SeenEntryStore seen, PlatformTransactionManager transactions, BotProperties properties,
                                ObjectProvider<NewEntryHandler> handlers, RunMode runMode, PrintStream previewOut) {
        NewEntryHandler handler = handlers.getIfAvailable(() -> runMode.isPreview()
                ? new PreviewEntryHandler(previewOut)
                : (feed, entry) -> LoggerFactory.getLogger(EntryIngestor.class)
                        .info("New entry in '{}': {} {}", feed.name(), entry.title(), entry.link()));
        return new EntryIngestor(seen, new TransactionTemplate(transactions), handler, properties.polling().maxEntryAge());
    }

    @Bean
    FirstPollNotice firstPollNotice(RunMode runMode, PrintStream previewOut) {
        return new FirstPollNotice(runMode, previewOut);
    }

    @Bean(destroyMethod = "close")
    FeedPollRoutine feedPollRoutine(FeedFetcher fetcher, RomeFeedParser parser, EntryIngestor ingestor,
                                    FeedStateStore states, BotProperties properties,
                                    FirstPollNotice firstPollNotice, Clock clock) {
        PollingProperties polling = properties.polling();
        FeedPoller poller = new FeedPoller(fetcher, parser, ingestor, states,
                new PollSchedule(polling, RandomGenerator.getDefault()), polling.disableAfterFailures(),
                List.of(firstPollNotice), clock);
        return new FeedPollRoutine(states, poller, clock, POLL_WORKERS, polling.maxInFlight(), polling.perHostConcurrency());
    }

    @Bean
    FeedWatcher feedWatcher(FeedRegistry registry, FeedPollRoutine routine, BotProperties properties) {
        return new FeedWatcher(registry, routine, properties);
    }
}
