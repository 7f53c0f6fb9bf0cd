package dev.rumourmill.alerts;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.config.TimingProperties;
import dev.rumourmill.contracts.ContractDirectory;
import dev.rumourmill.contracts.ContractService;
import dev.rumourmill.contracts.ContractStore;
import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.rumours.StoryClusterer;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The alerts feature's composition root: the stores, the rumour engine of the running bot, subscriptions
 * (/alerts), the main loop that turns a feed entry into outbox rows, and delivery. The feature's classes
 * stay plain Java; only this class knows Spring.
 */
@Configuration(proxyBeanMethods = false)
public class AlertsConfiguration {

    @Bean
    SubscriptionStore subscriptionStore(JdbcTemplate jdbc) {
        return new SubscriptionStore(jdbc);
    }

    @Bean
    OutboxStore outboxStore(JdbcTemplate jdbc) {
        return new OutboxStore(jdbc);
    }

    /** Also the contracts feature's {@code RecentRumours} port: /contract shows a player's recent stories. */
    @Bean
    StoryLogStore storyLogStore(JdbcTemplate jdbc) {
        return new StoryLogStore(jdbc);
    }

    /** Stories in the database: a restart, or another process, goes on with the same stories and sources. */
    @Bean
    OpenStoryStore openStoryStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new OpenStoryStore(jdbc, transactions);
    }

    @Bean
    RumourEngineProvider rumourEngineProvider(ContractStore contracts, BotProperties properties, Clock clock) {
        return new RumourEngineProvider(contracts, properties, clock);
    }

    @Bean
    SourceOutcomeStore sourceOutcomeStore(JdbcTemplate jdbc) {
        return new SourceOutcomeStore(jdbc);
    }

    /** bot-config.yml's tiers, with each source's record on the server (and, opted in, the tier it earned). */
    @Bean
    GuildTiers guildTiers(RumourEngineProvider engines, SourceOutcomeStore outcomes, BotProperties properties) {
        return new TrackRecordTiers(new KnowledgeBaseGuildTiers(engines), outcomes,
                (sourceId, guildId) -> engines.tiers().isSetByAdmin(sourceId, guildId), properties.sources().learnTiers());
    }

    /** /sources: the sources a server's feeds reported, with tier and record. */
    @Bean
    SourceRecords sourceRecords(SourceOutcomeStore outcomes, RumourEngineProvider engines, GuildTiers guildTiers) {
        return new SourceRecords(outcomes, new KnowledgeBaseGuildTiers(engines), guildTiers);
    }

    @Bean
    ClubNames clubNames(RumourEngineProvider engines) {
        return new KnowledgeBaseClubNames(engines);
    }

    @Bean
    PlayerNames playerNames(ContractDirectory directory) {
        return new ContractsPlayerNames(directory);
    }

    @Bean
    SubscriptionService subscriptionService(SubscriptionStore store, ClubNames clubNames, PlayerNames playerNames,
            Clock clock) {
        return new SubscriptionService(store, clubNames, playerNames, clock);
    }

    /** Made before anything routes or delivers, so the stored config routes equal bot-config.yml's. */
    @Bean
    ConfigSubscriptionSync configSubscriptionSync(BotProperties properties, SubscriptionStore store, Clock clock) {
        ConfigSubscriptionSync sync = new ConfigSubscriptionSync(properties, store, clock);
        sync.sync();
        return sync;
    }

    @Bean
    AlertPublisher alertPublisher(SubscriptionStore subscriptions, OutboxStore outbox, DigestStore digests,
            GuildTiers guildTiers, BotProperties properties, Clock clock, ConfigSubscriptionSync configRoutesFirst) {
        return new AlertPublisher(subscriptions, outbox, digests, guildTiers, AlertStyles.of(properties.alerts()), clock);
    }

    @Bean
    DigestStore digestStore(JdbcTemplate jdbc) {
        return new DigestStore(jdbc);
    }

    /** The digests (post.digest, /digest now), made by the DigestRoutine and sent through the outbox. */
    @Bean
    Digests digests(SubscriptionStore subscriptions, DigestStore store, OutboxStore outbox,
            PlatformTransactionManager transactions, Clock clock) {
        return new Digests(subscriptions, store, outbox, transactions, clock);
    }

    @Bean
    DigestRoutine digestRoutine(Digests digests, TimingProperties timing, ConfigSubscriptionSync configRoutesFirst) {
        return new DigestRoutine(digests, timing);
    }

    @Bean
    PreviewAlertSender previewAlertSender(PrintStream previewOut) {
        return new PreviewAlertSender(previewOut);
    }

    @Bean
    LoggingAdminNotifier loggingAdminNotifier() {
        return new LoggingAdminNotifier();
    }

    /** What the main loop decided about each entry, for /why; kept 14 days. */
    @Bean
    DecisionStore decisionStore(JdbcTemplate jdbc) {
        return new DecisionStore(jdbc);
    }

    @Bean
    DecisionRetentionRoutine decisionRetentionRoutine(DecisionStore decisions, TimingProperties timing, Clock clock) {
        return new DecisionRetentionRoutine(decisions, timing, clock);
    }

    @Bean
    WhyService whyService(DecisionStore decisions, JdbcTemplate jdbc, SubscriptionStore subscriptions, OutboxStore outbox,
            FeedRegistry feeds, GuildTiers guildTiers, Clock clock) {
        return new WhyService(decisions, new DeliveryLookup(jdbc), subscriptions, outbox, feeds,
                new SubscriptionVerdicts(guildTiers), clock);
    }

    /** The main loop: the feeds feature hands it every new entry. */
    @Bean
    RumourAlertPipeline rumourAlertPipeline(RumourEngineProvider engines, OpenStoryStore openStories,
            ContractService contractService, ContractStore contracts, AlertPublisher publisher, StoryLogStore storyLog,
            RunMode mode, PreviewAlertSender preview, FeedRegistry feeds, SourceOutcomeStore outcomes,
            DecisionStore decisions, Clock clock) {
        StoryStep step = new StoryStep(engines, new StoryClusterer(StoryClusterer.DEFAULT_WINDOW, openStories),
                new StoryAlerts(engines, new ContractLines(contractService)), clock);
        return new RumourAlertPipeline(step, publisher, contracts, storyLog, mode.isPreview() ? preview : EntryVerdicts.NONE,
                new RegistryFeedAudiences(feeds), new SourceOutcomes(outcomes, clock), decisions, clock);
    }

    @Bean
    DeliveryRoutine deliveryRoutine(OutboxStore outbox, SubscriptionStore subscriptions, List<AlertSender> senders,
            List<AdminNotifier> notifiers, RunMode mode, TimingProperties timing, Clock clock,
            ConfigSubscriptionSync configRoutesFirst) {
        return new DeliveryRoutine(outbox, subscriptions, senders, notifiers, mode, timing, clock);
    }
}
