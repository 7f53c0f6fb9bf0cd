package dev.rumourmill.discord;

import dev.rumourmill.alerts.AlertPublisher;
import dev.rumourmill.alerts.ClubNames;
import dev.rumourmill.alerts.Digests;
import dev.rumourmill.alerts.OutboxStore;
import dev.rumourmill.alerts.SourceRecords;
import dev.rumourmill.alerts.SubscriptionService;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.config.TimingProperties;
import dev.rumourmill.contracts.ContractAdmin;
import dev.rumourmill.contracts.ContractService;
import dev.rumourmill.feeds.FeedAdministration;
import dev.rumourmill.system.RunningInstance;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The discord feature's composition root: the connection, the command framework, the alert sender and
 * admin notifier, and — in one block — every slash command the bot offers.
 */
@Configuration(proxyBeanMethods = false)
public class DiscordConfiguration {

    // ---- Slash commands: one bean each (with their autocompletes and buttons), registered by CommandRegistry.

    @Bean
    AboutCommand aboutCommand(BotProperties properties, RunningInstance instance, DiscordSession session) {
        return new AboutCommand(properties, instance, session);
    }

    @Bean
    AlertsCommand alertsCommand(SubscriptionService subscriptions, AlertPublisher publisher) {
        return new AlertsCommand(subscriptions, publisher);
    }

    @Bean
    AlertsAutocomplete alertsAutocomplete(SubscriptionService subscriptions, ClubNames clubs, ContractService contracts) {
        return new AlertsAutocomplete(subscriptions, clubs, contracts);
    }

    @Bean
    ContractCommand contractCommand(ContractService contracts) {
        return new ContractCommand(contracts);
    }

    @Bean
    ContractAdminCommand contractAdminCommand(ContractAdmin admin, ContractService contracts) {
        return new ContractAdminCommand(admin, contracts);
    }

    @Bean
    DigestCommand digestCommand(Digests digests) {
        return new DigestCommand(digests);
    }

    @Bean
    ExpiringCommand expiringCommand(ContractService contracts) {
        return new ExpiringCommand(contracts);
    }

    @Bean
    FeedsCommand feedsCommand(FeedAdministration feeds) {
        return new FeedsCommand(feeds);
    }

    @Bean
    FeedsAutocomplete feedsAutocomplete(FeedAdministration feeds) {
        return new FeedsAutocomplete(feeds);
    }

    @Bean
    WhyCommand whyCommand(dev.rumourmill.alerts.WhyService why, DiscordSession session) {
        return new WhyCommand(why, session);
    }

    @Bean
    SquadContractsCommand squadContractsCommand(ContractService contracts) {
        return new SquadContractsCommand(contracts);
    }

    @Bean
    SourcesCommand sourcesCommand(SourceRecords records) {
        return new SourcesCommand(records);
    }

    // ---- The command framework and the connection.

    @Bean
    CommandRegistry commandRegistry(List<SlashCommand> commands, List<AutocompleteHandler> autocompletes,
            List<ButtonHandler> buttons, DiscordStartupFindings findings) {
        return new CommandRegistry(commands, autocompletes, buttons, findings);
    }

    @Bean
    InteractionRouter interactionRouter(CommandRegistry registry, TimingProperties timing) {
        return new InteractionRouter(registry, timing);
    }

    @Bean
    DiscordSession discordSession() {
        return new DiscordSession();
    }

    @Bean
    DiscordStartupFindings discordStartupFindings() {
        return new DiscordStartupFindings();
    }

    /** Made before the connection opens, so no token-bearing JDA log line is ever written. */
    @Bean
    JdaTokenLogFilter jdaTokenLogFilter() {
        return new JdaTokenLogFilter();
    }

    @Bean
    ChannelPermissionCheck channelPermissionCheck(BotProperties properties, DiscordStartupFindings findings) {
        return new ChannelPermissionCheck(properties, findings);
    }

    @Bean
    ShardsReadyListener shardsReadyListener(CommandRegistry registry, ChannelPermissionCheck channelCheck,
            DiscordStartupFindings findings, DiscordSession session, BotProperties properties) {
        return new ShardsReadyListener(registry, channelCheck, findings, session, properties);
    }

    @Bean
    GuildAvailabilityListener guildAvailabilityListener(OutboxStore outbox, Clock clock) {
        return new GuildAvailabilityListener(outbox, clock);
    }

    @Bean
    DiscordConnection discordConnection(RunMode runMode, BotProperties properties, DiscordSession session,
            InteractionRouter router, ShardsReadyListener readyListener, GuildAvailabilityListener availabilityListener,
            JdaTokenLogFilter tokenFilterFirst) {
        return new DiscordConnection(runMode, properties, session, router, readyListener, availabilityListener);
    }

    // ---- What the alerts feature sends through.

    @Bean
    DiscordAlertSender discordAlertSender(DiscordSession session) {
        return new DiscordAlertSender(session);
    }

    @Bean
    DiscordAdminNotifier discordAdminNotifier(DiscordSession session, BotProperties properties, RunMode mode) {
        return new DiscordAdminNotifier(session, properties, mode);
    }
}
