/**
 * Discord, the only package that imports JDA: the connection and its start-up checks, the command framework and
 * every slash command as a thin adapter over a feature's use case, rendering of replies and alerts, the alert
 * sender and admin notifier. Wired by {@code DiscordConfiguration}, which lists every slash command.
 */
package dev.rumourmill.discord;
