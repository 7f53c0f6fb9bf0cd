package dev.rumourmill.discord;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.DiscordProperties;
import dev.rumourmill.config.DiscordToken;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.system.StartupCheckFailedException;
import java.time.Duration;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Logs in to Discord when the bot runs with a token, and logs out when the application stops (Ctrl-C,
 * SIGTERM): as a lifecycle bean it starts after every other bean and stops before any is destroyed.
 */
class DiscordConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final RunMode runMode;
    private final DiscordProperties discord;
    private final DiscordSession session;
    private final InteractionRouter router;
    private final ShardsReadyListener readyListener;
    private final GuildAvailabilityListener availabilityListener;
    private volatile ShardManager shardManager;

    DiscordConnection(RunMode runMode, BotProperties properties, DiscordSession session, InteractionRouter router,
                      ShardsReadyListener readyListener, GuildAvailabilityListener availabilityListener) {
        this.runMode = runMode;
        this.discord = properties.discord();
        this.session = session;
        this.router = router;
        this.readyListener = readyListener;
        this.availabilityListener = availabilityListener;
    }

    @Override
    public void start() {
        if (runMode.isPreview()) {
            return;
        }
        // Belt and braces: every message sets allowed_mentions itself, and this covers any that forgets.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(MentionType.class));
        DiscordToken token = runMode.token().orElseThrow();
        log.info("Connecting to Discord at {}", discord.restBaseUrl());
        TokenCheck.verify(discord.restBaseUrl(), token);
        try {
            shardManager = builder(token).build();
        } catch (RuntimeException e) {
            throw translate(e);
        }
        readyListener.expectShards(shardManager, shardManager.getShardsQueued() + shardManager.getShards().size());
        session.connected(shardManager);
    }

    private DefaultShardManagerBuilder builder(DiscordToken token) {
        // No intent at all: JDA always subscribes to servers, channels and roles, and interactions need none.
        var builder = DefaultShardManagerBuilder.createLight(token.value(), EnumSet.noneOf(GatewayIntent.class))
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setChunkingFilter(ChunkingFilter.NONE)
                // Forum posts get tags by name: JDA must know each forum's tags (no intent needed).
                .enableCache(net.dv8tion.jda.api.utils.cache.CacheFlag.FORUM_TAGS)
                .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl().toString()))
                .setActivity(Activity.watching("transfer rumours"))
                .setEnableShutdownHook(false)
                .addEventListeners(router, readyListener, availabilityListener);
        if (!discord.usesDiscordItself()) {
            builder.setSessionController(new RememberedGatewaySessionController())
                    .setCompression(Compression.NONE);
        }
        if (discord.shardTotal() > 0) {
            int last = discord.shardLast() == -1 ? discord.shardTotal() - 1 : discord.shardLast();
            builder.setShardsTotal(discord.shardTotal()).setShards(discord.shardFirst(), last);
        }
        return builder;
    }

    private RuntimeException translate(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidTokenException
                    || cause instanceof ErrorResponseException error && error.getResponse() != null && error.getResponse().code == 401) {
                return new StartupCheckFailedException(TokenCheck.INVALID_TOKEN, failure);
            }
            if (cause instanceof java.io.IOException) {
                return TokenCheck.unreachable(discord.restBaseUrl(), cause);
            }
        }
        // Whatever else JDA could not do, the person at the terminal gets one line; the trace is for DEBUG.
        log.debug("Connecting to Discord failed", failure);
        return TokenCheck.unreachable(discord.restBaseUrl(), failure);
    }

    @Override
    public void stop() {
        ShardManager manager = shardManager;
        if (manager == null) {
            return;
        }
        shardManager = null;
        log.info("Disconnecting from Discord");
        manager.shutdown();
        for (JDA shard : manager.getShards()) {
            try {
                if (!shard.awaitShutdown(SHUTDOWN_GRACE)) {
                    shard.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                manager.getShards().forEach(JDA::shutdownNow);
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return shardManager != null;
    }
}
