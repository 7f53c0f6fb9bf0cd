/**
 * Alerts: the main loop ({@code RumourAlertPipeline}: a feed entry through {@code StoryStep} to outbox rows),
 * the rumour engine of the running bot, subscriptions (/alerts), routing, platform-neutral {@code AlertMessage}s,
 * the outbox and its delivery through the {@code AlertSender} port, the story log. Wired by {@code
 * AlertsConfiguration}; no JDA.
 */
package dev.rumourmill.alerts;
