package dev.rumourmill;

import dev.rumourmill.alerts.AlertsConfiguration;
import dev.rumourmill.contracts.ContractsConfiguration;
import dev.rumourmill.discord.DiscordConfiguration;
import dev.rumourmill.feeds.FeedsConfiguration;
import dev.rumourmill.system.SystemConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Every feature of the running bot, each wired by its own composition root ({@code XxxConfiguration}, the only
 * class of its package that knows Spring). Nothing is found by classpath scanning: a feature, a command or a
 * routine exists when it is listed here or in its feature's configuration.
 * <ul>
 *   <li>{@link SystemConfiguration} — what the bot was started with, clock, database, instance list, health</li>
 *   <li>{@link FeedsConfiguration} — fetching, parsing and polling feeds; the /feeds use cases</li>
 *   <li>{@link ContractsConfiguration} — players and contracts, their sources and the contract use cases</li>
 *   <li>{@link AlertsConfiguration} — the rumour engine of the bot, subscriptions, the main loop, the outbox
 *       and delivery</li>
 *   <li>{@link DiscordConfiguration} — the connection, the alert sender and the slash commands (one block
 *       lists them all: /about, /alerts, /contract, /contract-admin, /expiring, /feeds, /squad-contracts)</li>
 * </ul>
 * The routines (background jobs) are listed in docs/architecture.md, section Routines.
 */
@Configuration(proxyBeanMethods = false)
@Import({SystemConfiguration.class, FeedsConfiguration.class, ContractsConfiguration.class, AlertsConfiguration.class,
        DiscordConfiguration.class})
public class Features {
}
