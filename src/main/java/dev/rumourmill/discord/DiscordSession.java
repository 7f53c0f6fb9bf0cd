package dev.rumourmill.discord;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * The live connection to Discord, once there is one: empty in preview mode and before start. Other
 * parts of the discord package (and tests) read the shard manager and readiness from here.
 */
public class DiscordSession {

    private volatile ShardManager shardManager;
    private final CompletableFuture<Void> allShardsReady = new CompletableFuture<>();

    void connected(ShardManager manager) {
        this.shardManager = manager;
    }

    Optional<ShardManager> shardManager() {
        return Optional.ofNullable(shardManager);
    }

    void markAllShardsReady() {
        allShardsReady.complete(null);
    }

    /** True once every shard of this process received its READY. */
    public boolean isReady() {
        return allShardsReady.isDone() && !allShardsReady.isCompletedExceptionally();
    }

    public boolean isConnected() {
        return shardManager != null;
    }

    /** Servers the shards of this process are in. */
    public long guildCount() {
        ShardManager manager = shardManager;
        return manager == null ? 0 : manager.getGuildCache().size();
    }

    /** Waits until every shard of this process received its READY (and so its servers and channels). */
    public boolean awaitReady(Duration timeout) {
        try {
            allShardsReady.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
