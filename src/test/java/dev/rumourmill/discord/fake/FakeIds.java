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

    static String next() {
        long id = ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (counter.incrementAndGet() & 0x3FFFFF);
        return Long.toString(id);
    }
}
