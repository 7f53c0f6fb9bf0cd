package dev.rumourmill.alerts;

import java.util.Set;

/**
 * Which servers this process delivers to: those on the shards it runs, where a server's shard is
 * {@code (guild_id >> 22) % shardTotal} as Discord defines it. Rows for other servers are left to the
 * process that runs their shard; rows whose server is not known yet are tried by every process.
 */
public record DeliveryScope(int shardTotal, Set<Integer> shards) {

    private static final DeliveryScope EVERYTHING = new DeliveryScope(1, Set.of(0));

    public DeliveryScope {
        if (shardTotal < 1) {
            throw new IllegalArgumentException("shard total must be at least 1");
        }
        shards = Set.copyOf(shards);
    }

    /** One process that sees every server (the usual set-up, and preview mode). */
    public static DeliveryScope everything() {
        return EVERYTHING;
    }

    public boolean coversEverything() {
        for (int shard = 0; shard < shardTotal; shard++) {
            if (!shards.contains(shard)) {
                return false;
            }
        }
        return true;
    }

    public boolean includes(long guildId) {
        return shards.contains(shardOf(guildId, shardTotal));
    }

    public static int shardOf(long guildId, int shardTotal) {
        return (int) ((guildId >>> 22) % shardTotal);
    }
}
