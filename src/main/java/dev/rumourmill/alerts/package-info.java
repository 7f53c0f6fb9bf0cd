/**
 * Alerts: the main loop ({@code RumourAlertPipeline}: a feed entry through {@code StoryStep} to outbox rows),
 * the rumour engine of the running bot, subscriptions (/alerts), routing, platform-neutral {@code AlertMessage}s,
 * the outbox and its delivery through the {@code AlertSender} port, the story log, and what was decided about
 * each entry for /why ({@code DecisionStore}, {@code WhyService}). Wired by {@code
 * AlertsConfiguration}; no JDA.
 */
package dev.rumourmill.alerts;
