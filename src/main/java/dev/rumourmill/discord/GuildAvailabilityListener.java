package dev.rumourmill.discord;

import dev.rumourmill.alerts.OutboxStore;
import java.time.Clock;
import net.dv8tion.jda.api.events.guild.GuildAvailableEvent;
import net.dv8tion.jda.api.events.guild.GuildUnavailableEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows Discord's partial outages: while a server is unavailable (GUILD_DELETE with unavailable) its
 * alerts wait in the outbox; when it is back (GUILD_CREATE) they are made due at once, oldest first. Its
 * subscriptions are never touched.
 */
class GuildAvailabilityListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(GuildAvailabilityListener.class);

    private final OutboxStore outbox;
    private final Clock clock;

    GuildAvailabilityListener(OutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void onGuildUnavailable(GuildUnavailableEvent event) {
        log.warn("Server {} is unavailable (Discord outage): its alerts wait until it is back", event.getGuild().getId());
    }

    @Override
    public void onGuildAvailable(GuildAvailableEvent event) {
        try {
            int woken = outbox.wakeGuild(event.getGuild().getIdLong(), clock.instant());
            log.info("Server {} is available again; {} waiting alert(s) are due", event.getGuild().getId(), woken);
        } catch (RuntimeException e) {
            log.warn("Could not wake the alerts of server {}; they are retried on their own: {}", event.getGuild().getId(),
                    e.toString());
        }
    }
}
