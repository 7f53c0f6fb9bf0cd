/**
 * The running process, which belongs to no feature: {@code SystemConfiguration} (what the bot was started with,
 * clock, the migrated DataSource), {@code BotRuntime} (the Spring context around a validated configuration),
 * {@code Database} (Hikari + Flyway), this process in the shared instance list, the health endpoint and start-up
 * failure reporting.
 */
package dev.rumourmill.system;
