package dev.rumourmill.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Real, time-based Discord snowflakes. JDA reads the creation time out of an id (interaction tokens
 * expire 15 minutes after it), so counter-style ids that look like 2015 do not work.
 */
final class FakeIds {

    static final long DISCORD_EPOCH = 1420070400000L;

    private static final AtomicLong counter = new AtomicLong();

    private FakeIds() {
    }

    private static final AtomicLong guilds = new AtomicLong();

    /**
     * A server id. Each is dated one millisecond before the previous one, so that consecutive servers
     * land on different shards ({@code (id >> 22) % shards}), as servers created at different times do.
     */
    static String nextGuild() {
        long createdAt = System.currentTimeMillis() - 1000 - guilds.incrementAndGet();
        return Long.toString(((createdAt - DISCORD_EPOCH) << 22) | (counter.incrementAndGet() & 0x3FFFFF));
    }

    static String next() {
        long id = ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (counter.incrementAndGet() & 0x3FFFFF);
        return Long.toString(id);
    }
}
