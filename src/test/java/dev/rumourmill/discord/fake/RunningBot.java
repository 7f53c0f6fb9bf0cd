package dev.rumourmill.discord.fake;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.DiscordProperties;
import dev.rumourmill.config.DiscordToken;
import dev.rumourmill.config.FeedProperties;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.discord.DiscordSession;
import dev.rumourmill.system.BotRuntime;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.testsupport.FastTimings;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole bot (Spring app, real JDA, in-memory H2) connected to a {@link FakeDiscord}. Start it after
 * the fake and close it before the fake. {@link Builder#start()} returns once every shard is ready.
 */
public final class RunningBot implements AutoCloseable {

    public static final String TOKEN = "fake-bot-token";

    private final BotRuntime runtime;
    private final ByteArrayOutputStream out;

    private RunningBot(BotRuntime runtime, ByteArrayOutputStream out) {
        this.runtime = runtime;
        this.out = out;
    }

    public static Builder against(FakeDiscord fake) {
        return new Builder(fake);
    }

    public static final class Builder {
        private final FakeDiscord fake;
        private String devGuild;
        private String adminChannel;
        private int shardTotal;
        private int shardFirst;
        private int shardLast = -1;
        private final List<AlertRouteProperties> alerts = new ArrayList<>();
        private final List<FeedProperties> feeds = new ArrayList<>();
        private final List<String> springProperties = new ArrayList<>(List.of(FastTimings.PROPERTIES));
        private final List<String> allowPrivateHosts = new ArrayList<>();
        /** Null: a fresh, migrated H2, made when the bot first needs it. */
        private String storageUrl;
        private String storageUser = "sa";

        private Builder(FakeDiscord fake) {
            this.fake = fake;
        }

        public Builder withDevGuild(String guildId) {
            this.devGuild = guildId;
            return this;
        }

        public Builder withAdminChannel(String channelId) {
            this.adminChannel = channelId;
            return this;
        }

        public Builder withShardTotal(int total) {
            this.shardTotal = total;
            return this;
        }

        /** Runs only shards {@code first} to {@code last} of {@link #withShardTotal(int)} in this process. */
        public Builder withShardRange(int first, int last) {
            this.shardFirst = first;
            this.shardLast = last;
            return this;
        }

        /** An alert route for the channel, following everything. */
        public Builder withAlertChannel(String channelId) {
            alerts.add(new AlertRouteProperties(channelId, null, null, null, null, null, null, null));
            return this;
        }

        public Builder withFeed(String url, String name) {
            feeds.add(new FeedProperties(URI.create(url), name, null, null));
            return this;
        }

        /** A feed as bot-config.yml would give it, e.g. with {@code guilds:}. */
        public Builder withFeed(FeedProperties feed) {
            feeds.add(feed);
            return this;
        }

        public Builder withFeed(String url) {
            feeds.add(new FeedProperties(URI.create(url), null, null, null));
            return this;
        }

        /** A host that may be fetched although it is private or loopback (polling.allow-private-hosts). */
        public Builder withAllowedPrivateHost(String host) {
            allowPrivateHosts.add(host);
            return this;
        }

        /** An alert route as bot-config.yml would give it. */
        public Builder withAlertRoute(AlertRouteProperties route) {
            alerts.add(route);
            return this;
        }

        /** The database to use: give two bots the same URL to simulate a restart (default: a fresh H2). */
        public Builder withStorage(String jdbcUrl) {
            this.storageUrl = jdbcUrl;
            return this;
        }

        /** A database with its user, e.g. a PostgreSQL schema shared by two bots. */
        public Builder withStorage(String jdbcUrl, String username) {
            this.storageUrl = jdbcUrl;
            this.storageUser = username;
            return this;
        }

        /**
         * A Spring property such as {@code rumourmill.test.extra-commands=true}. The routines already run with
         * {@link FastTimings}; a {@code rumourmill.timing.*} given here wins.
         */
        public Builder withProperty(String keyEqualsValue) {
            springProperties.add(keyEqualsValue);
            return this;
        }

        public BotProperties properties() {
            var discord = new DiscordProperties(URI.create(fake.restBaseUrl()), devGuild, adminChannel, shardTotal, shardFirst, shardLast);
            if (storageUrl == null) {
                storageUrl = TestDatabase.migratedH2Url("discord");
            }
            var storage = new StorageProperties(storageUrl, storageUser);
            // No jitter: tests make feeds due and expect the next watcher tick to poll them.
            var polling = new dev.rumourmill.config.PollingProperties(java.time.Duration.ZERO, null, null, null, null, null,
                    allowPrivateHosts);
            return new BotProperties(discord, feeds, polling, alerts, null, storage, null, null);
        }

        /** Boots the bot; fails if it is not ready within the fake's default timeout. */
        public RunningBot start() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BotRuntime runtime = BotRuntime.start(properties(), new RunMode(Optional.of(new DiscordToken(TOKEN))),
                    new PrintStream(out, true, StandardCharsets.UTF_8), springProperties.toArray(String[]::new));
            RunningBot bot = new RunningBot(runtime, out);
            if (!bot.session().awaitReady(FakeDiscord.DEFAULT_TIMEOUT)) {
                bot.close();
                throw new AssertionError("the bot did not get ready against the fake Discord within "
                        + FakeDiscord.DEFAULT_TIMEOUT + "; requests: " + fake.requests());
            }
            return bot;
        }
    }

    public BotRuntime runtime() {
        return runtime;
    }

    public ConfigurableApplicationContext context() {
        return runtime.context();
    }

    public <T> T bean(Class<T> type) {
        return runtime.context().getBean(type);
    }

    public DiscordSession session() {
        return bean(DiscordSession.class);
    }

    /** What the bot printed to its console stream (preview notices; logs go to the normal log). */
    public String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
