package dev.rumourmill.discord.fake;

import static dev.rumourmill.discord.fake.FakeJson.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests with real JDA: REST on the JDK's HTTP server, the
 * gateway on Java-WebSocket. It records every request, keeps the messages the bot posted, injects
 * slash commands, and simulates failures (429, 5xx, dropped gateway, missing permission, deleted channel).
 *
 * <p>Point the bot at {@link #restBaseUrl()} with any non-empty token. Shut the bot down before
 * closing the fake, or JDA starts reconnecting. All {@code await…} methods poll the recordings until a
 * condition holds or the timeout passes, then fail with what was recorded.
 */
public final class FakeDiscord implements AutoCloseable {

    // A wait ends as soon as its condition holds; the bound is for a loaded 2-core machine.
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private record FailureRule(String method, Pattern path, FakeFailure failure, int[] remaining, boolean afterAccepting) {
    }

    private final FakeUser bot = new FakeUser(FakeIds.next(), "Rumour Mill", true);
    private final FakeUser defaultUser = FakeUser.named("tester");
    private final List<FakeGuild> guilds;
    private final int recommendedShards;
    private final FakeRest rest;
    private final FakeGateway gateway;

    private final Object lock = new Object();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<FailureRule> failures = new ArrayList<>();
    private final Map<String, List<JsonNode>> commands = new LinkedHashMap<>();
    private final FakeMessages messages = new FakeMessages(this);
    private final FakeThreads threads = new FakeThreads(this);
    private final Map<String, SentInteraction> interactions = new ConcurrentHashMap<>();
    private volatile boolean tokenAccepted = true;

    private FakeDiscord(List<FakeGuild> guilds, int recommendedShards) {
        this.guilds = List.copyOf(guilds);
        this.recommendedShards = recommendedShards;
        this.rest = new FakeRest(this);
        this.gateway = new FakeGateway(this);
    }

    /** One server "Test Server" with a channel #general. */
    public static FakeDiscord start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Describes the servers the bot is in before the fake starts. */
    public static final class Builder {
        private final List<FakeGuild> guilds = new ArrayList<>();
        private int recommendedShards = 1;

        public Builder withGuild(String name, Consumer<FakeGuild> setup) {
            FakeGuild guild = new FakeGuild(name);
            setup.accept(guild);
            if (guild.channels().isEmpty()) {
                guild.withTextChannel("general");
            }
            guilds.add(guild);
            return this;
        }

        /** Adds {@code count} plain servers, each with a #general. */
        public Builder withGuilds(int count) {
            for (int i = 1; i <= count; i++) {
                withGuild("Server " + (guilds.size() + 1), guild -> { });
            }
            return this;
        }

        /** What {@code GET /gateway/bot} recommends when the bot lets Discord choose the shard count. */
        public Builder recommendingShards(int count) {
            this.recommendedShards = count;
            return this;
        }

        public FakeDiscord start() {
            if (guilds.isEmpty()) {
                withGuild("Test Server", guild -> guild.withTextChannel("general"));
            }
            FakeDiscord fake = new FakeDiscord(guilds, recommendedShards);
            fake.gateway.startAndWait();
            fake.rest.start();
            return fake;
        }
    }

    // ---- where and who -------------------------------------------------------------------------

    /** The value for {@code discord.rest-base-url}: {@code http://127.0.0.1:PORT/api/v10/}. */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public FakeUser botUser() {
        return bot;
    }

    /** The bot's application id (the same as its user id, as for every modern Discord app). */
    public String applicationId() {
        return bot.id();
    }

    public FakeUser defaultUser() {
        return defaultUser;
    }

    public List<FakeGuild> guilds() {
        return guilds;
    }

    public FakeGuild guild(String name) {
        return guilds.stream().filter(guild -> guild.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fake server called " + name));
    }

    public FakeGuild defaultGuild() {
        return guilds.get(0);
    }

    public FakeChannel defaultChannel() {
        return defaultGuild().channels().get(0);
    }

    int recommendedShards() {
        return recommendedShards;
    }

    // ---- simulated trouble ---------------------------------------------------------------------

    /** From now on every token is refused: REST answers 401 and the gateway closes with 4004. */
    public void rejectTokens() {
        tokenAccepted = false;
    }

    boolean acceptsToken(String token) {
        return tokenAccepted && token != null && !token.isBlank();
    }

    /** The next matching request (path after /api/v10, a regex) gets {@code failure} instead of its answer. */
    public void failNext(String method, String pathRegex, FakeFailure failure) {
        failNext(method, pathRegex, 1, failure);
    }

    public void failNext(String method, String pathRegex, int times, FakeFailure failure) {
        synchronized (lock) {
            failures.add(new FailureRule(method, Pattern.compile(pathRegex), failure, new int[] {times}, false));
        }
    }

    /**
     * The next matching request is carried out (a message is stored) but answered with {@code failure}, as
     * when a connection breaks after Discord acted: the bot cannot know whether it worked.
     */
    public void acceptThenFail(String method, String pathRegex, FakeFailure failure) {
        synchronized (lock) {
            failures.add(new FailureRule(method, Pattern.compile(pathRegex), failure, new int[] {1}, true));
        }
    }

    /** Every matching request fails until {@link #clearFailures()}. */
    public void failAlways(String method, String pathRegex, FakeFailure failure) {
        failNext(method, pathRegex, Integer.MAX_VALUE, failure);
    }

    public void clearFailures() {
        synchronized (lock) {
            failures.clear();
        }
    }

    Optional<FakeFailure> takeFailure(String method, String path) {
        return takeFailure(method, path, false);
    }

    Optional<FakeFailure> takeFailureAfterAccepting(String method, String path) {
        return takeFailure(method, path, true);
    }

    private Optional<FakeFailure> takeFailure(String method, String path, boolean afterAccepting) {
        synchronized (lock) {
            for (FailureRule rule : failures) {
                if (rule.afterAccepting() == afterAccepting && rule.method().equals(method)
                        && rule.path().matcher(path).matches() && rule.remaining()[0] > 0) {
                    rule.remaining()[0]--;
                    return Optional.of(rule.failure());
                }
            }
            return Optional.empty();
        }
    }

    /** Cuts the gateway connection like a network failure; the session may be resumed. */
    public void dropGatewayConnection() {
        gateway.dropConnections(true);
    }

    /** Cuts the connection and forgets the session, so the bot has to identify afresh. */
    public void dropGatewayConnectionAndSession() {
        gateway.dropConnections(false);
    }

    /** The next {@code count} gateway connection attempts fail, like an outage of the gateway. */
    public void refuseNextGatewayConnections(int count) {
        gateway.refuseConnections(count);
    }

    public int refusedGatewayConnections() {
        return gateway.refusedConnections();
    }

    public int identifyCount() {
        return gateway.identifies();
    }

    public int resumeCount() {
        return gateway.resumes();
    }

    /** Waits until the bot has a working gateway session again (identified or resumed). */
    public void awaitGatewaySession() {
        await("a live gateway session", () -> gateway.hasLiveSession() ? Optional.of(true) : Optional.empty(),
                DEFAULT_TIMEOUT);
    }

    /**
     * Deletes a channel: from now on REST calls on it answer 404 Unknown Channel (10003). With
     * {@code tellTheBot} the gateway also sends CHANNEL_DELETE, as Discord does while the bot is online.
     */
    public void deleteChannel(FakeChannel channel, boolean tellTheBot) {
        channel.markDeleted();
        if (tellTheBot) {
            dispatchToGuild(channel.guildId(), "CHANNEL_DELETE", FakeJson.channel(channel));
        }
    }

    /**
     * A partial Discord outage: sends GUILD_DELETE with {@code unavailable: true} for the server, as Discord
     * does when a server's host fails; REST is left alone (combine with {@link #failAlways} to refuse it too).
     */
    public void makeGuildUnavailable(FakeGuild guild) {
        dispatchToGuild(guild.id(), "GUILD_DELETE", obj("id", guild.id(), "unavailable", true));
    }

    /** The server is back: a full GUILD_CREATE, after which JDA fires GuildAvailableEvent. */
    public void makeGuildAvailable(FakeGuild guild) {
        dispatchToGuild(guild.id(), "GUILD_CREATE", FakeJson.guildCreate(guild, bot));
    }

    private volatile Duration messageDelay = Duration.ZERO;

    /** Every channel message create or edit takes this long to answer from now on: a slow Discord. */
    public void slowDownMessages(Duration delay) {
        this.messageDelay = delay;
    }

    void pauseForMessage() {
        if (!messageDelay.isZero()) {
            try {
                Thread.sleep(messageDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes permissions away from @everyone (and so the bot) in a channel, and tells the bot. */
    public void denyInChannel(FakeChannel channel, FakePermission... permissions) {
        channel.deny(FakePermission.bits(permissions));
        dispatchToGuild(channel.guildId(), "CHANNEL_UPDATE", FakeJson.channel(channel));
    }

    public void allowInChannel(FakeChannel channel, FakePermission... permissions) {
        channel.allow(FakePermission.bits(permissions));
        dispatchToGuild(channel.guildId(), "CHANNEL_UPDATE", FakeJson.channel(channel));
    }

    // ---- interactions --------------------------------------------------------------------------

    public FakeInteraction interaction(String command) {
        return new FakeInteraction(this, command);
    }

    /** Runs a slash command in the default channel and waits for what its user finally sees. */
    public InteractionReply slashCommand(String command, Map<String, ?> options) {
        return interaction(command).options(options).send().awaitReply();
    }

    /** Asks for suggestions while the user types {@code typed} into {@code focusedOption}. */
    public List<AutocompleteChoice> autocomplete(String command, String focusedOption, String typed, Map<String, ?> otherOptions) {
        return interaction(command).options(otherOptions).autocomplete(focusedOption, typed).awaitChoices();
    }

    SentInteraction deliver(FakeInteraction interaction, int type, String focusedOption) {
        FakeChannel channel = interaction.channel();
        FakeGuild guild = guildOf(channel);
        List<String> roleIds = List.of();
        long permissions = guild.everyonePermissions();
        if (interaction.memberPermissions() != null) {
            long wanted = interaction.memberPermissions();
            FakeRole role = guild.roleWithPermissions(wanted).orElseGet(() -> {
                FakeRole created = guild.addRole("fake-role-" + Long.toHexString(wanted), wanted);
                dispatchToGuild(guild.id(), "GUILD_ROLE_CREATE", obj("guild_id", guild.id(), "role", FakeJson.role(created)));
                return created;
            });
            roleIds = List.of(role.id());
            permissions |= wanted;
        }
        String id = FakeIds.next();
        String token = FakeInteraction.newToken();
        String commandId = commandId(guild.id(), interaction.command());
        SentInteraction sent = new SentInteraction(this, id, token, channel.id());
        interactions.put(token, sent);
        dispatchToGuild(guild.id(), "INTERACTION_CREATE", interaction.payload(id, token, type, focusedOption, commandId,
                roleIds, permissions, guild.botPermissionsIn(channel)));
        return sent;
    }

    /** A click on a button of the message {@code messageId} that {@code original}'s user sees as {@code shown}. */
    SentInteraction deliverClick(SentInteraction original, String messageId, InteractionReply shown, String customId,
                                 boolean mustBeShown) {
        FakeChannel channel = findChannel(original.channelId()).orElseThrow();
        FakeGuild guild = guildOf(channel);
        if (mustBeShown && shown.buttons().stream().noneMatch(button -> customId.equals(button.customId()))) {
            throw new AssertionError("no button " + customId + " under the message; buttons: " + shown.buttons());
        }
        String id = FakeIds.next();
        String token = FakeInteraction.newToken();
        SentInteraction sent = new SentInteraction(this, id, token, channel.id());
        interactions.put(token, sent);
        messages.rememberOriginal(token, messageId);
        Map<String, Object> message = FakeJson.message(messageId, channel.id(), bot, shown.message(), shown.fileNames(),
                applicationId());
        dispatchToGuild(guild.id(), "INTERACTION_CREATE", FakeInteraction.clickPayload(this, id, token, channel, defaultUser,
                guild.everyonePermissions(), guild.botPermissionsIn(channel), message, customId));
        return sent;
    }

    /** Sends a gateway event to the session of the server's shard, as Discord does after a change. */
    void announce(String guildId, String type, Object data) {
        dispatchToGuild(guildId, type, data);
    }

    private void dispatchToGuild(String guildId, String type, Object data) {
        FakeGateway.Session session = await("a live gateway session for server " + guildId,
                () -> gateway.liveSessionFor(guildId), DEFAULT_TIMEOUT);
        session.dispatch(type, data);
    }

    private FakeGuild guildOf(FakeChannel channel) {
        return guilds.stream().filter(guild -> guild.id().equals(channel.guildId())).findFirst().orElseThrow();
    }

    // ---- commands ------------------------------------------------------------------------------

    /** The commands registered globally ({@code guildId} null) or in one server, as sent by the bot. */
    public List<JsonNode> registeredCommands(String guildId) {
        synchronized (lock) {
            return List.copyOf(commands.getOrDefault(guildId == null ? "" : guildId, List.of()));
        }
    }

    public List<String> awaitRegisteredCommandNames(String guildId) {
        return await("slash commands registered " + (guildId == null ? "globally" : "in " + guildId), () -> {
            synchronized (lock) {
                var registered = commands.get(guildId == null ? "" : guildId);
                return Optional.ofNullable(registered).map(list -> list.stream().map(c -> c.path("name").asText()).toList());
            }
        }, DEFAULT_TIMEOUT);
    }

    List<Object> registerCommands(String guildId, JsonNode body) {
        List<JsonNode> stored = new ArrayList<>();
        List<Object> answer = new ArrayList<>();
        for (JsonNode command : body) {
            @SuppressWarnings("unchecked")
            Map<String, Object> echoed = (Map<String, Object>) FakeJson.toObject(command);
            echoed.put("id", FakeIds.next());
            echoed.put("application_id", applicationId());
            echoed.put("version", FakeIds.next());
            echoed.putIfAbsent("type", 1);
            echoed.putIfAbsent("description", "");
            echoed.putIfAbsent("default_member_permissions", null);
            if (guildId != null) {
                echoed.put("guild_id", guildId);
            }
            answer.add(echoed);
            stored.add(FakeJson.MAPPER.valueToTree(echoed));
        }
        synchronized (lock) {
            commands.put(guildId == null ? "" : guildId, stored);
            lock.notifyAll();
        }
        return answer;
    }

    List<JsonNode> registeredCommandsJson(String guildId) {
        return registeredCommands(guildId);
    }

    private String commandId(String guildId, String name) {
        synchronized (lock) {
            for (String scope : List.of(guildId, "")) {
                for (JsonNode command : commands.getOrDefault(scope, List.of())) {
                    if (command.path("name").asText().equals(name)) {
                        return command.path("id").asText();
                    }
                }
            }
        }
        return FakeIds.next();
    }

    // ---- messages ------------------------------------------------------------------------------

    /** The bot's messages in a channel (created with POST /channels/{id}/messages), edits applied, oldest first. */
    public List<PostedMessage> messagesIn(String channelId) {
        return messages.messagesIn(channelId);
    }

    public List<PostedMessage> awaitMessagesIn(String channelId, int count) {
        return await(count + " message(s) in channel " + channelId, () -> {
            List<PostedMessage> posted = messagesIn(channelId);
            return posted.size() >= count ? Optional.of(posted) : Optional.empty();
        }, DEFAULT_TIMEOUT);
    }

    FakeMessages messages() {
        return messages;
    }

    FakeThreads threads() {
        return threads;
    }

    // ---- threads, forum posts and announcements ------------------------------------------------

    /** The threads and forum posts started in a channel or forum, oldest first. */
    public List<FakeChannel> threadsIn(FakeChannel parent) {
        return guildOf(parent.guildId()).threads().stream().filter(thread -> parent.id().equals(thread.parentId())).toList();
    }

    public List<FakeChannel> awaitThreadsIn(FakeChannel parent, int count) {
        return await(count + " thread(s) in " + parent, () -> {
            List<FakeChannel> found = threadsIn(parent);
            return found.size() >= count ? Optional.of(found) : Optional.empty();
        }, DEFAULT_TIMEOUT);
    }

    /** The names of a forum post's tags. */
    public List<String> tagNames(FakeChannel post) {
        FakeChannel forum = findChannel(post.parentId()).orElseThrow();
        return post.appliedTags().stream().map(id -> forum.availableTags().stream().filter(tag -> tag.id().equals(id))
                .findFirst().map(FakeChannel.Tag::name).orElse("?" + id)).toList();
    }

    /** The ids of the messages published (crossposted) from an announcement channel, in order. */
    public List<String> publishedIn(String channelId) {
        return threads.publishedIn(channelId);
    }

    public List<String> awaitPublishedIn(String channelId, int count) {
        return await(count + " published message(s) in " + channelId, () -> {
            List<String> found = publishedIn(channelId);
            return found.size() >= count ? Optional.of(found) : Optional.empty();
        }, DEFAULT_TIMEOUT);
    }

    /** Discord publishes at most 10 messages an hour per announcement channel; tests may make the window shorter. */
    public void limitPublishes(int count, Duration window) {
        threads.limitPublishes(count, window);
    }

    SentInteraction interactionByToken(String token) {
        return interactions.get(token);
    }

    FakeGuild guildOf(String guildId) {
        return guilds.stream().filter(guild -> guild.id().equals(guildId)).findFirst().orElseThrow();
    }

    Optional<FakeChannel> findChannel(String channelId) {
        return guilds.stream().flatMap(guild -> guild.findChannel(channelId).stream())
                .filter(channel -> !channel.deleted()).findFirst();
    }

    // ---- recordings ----------------------------------------------------------------------------
    void record(RecordedRequest request) {
        synchronized (lock) {
            requests.add(request);
            lock.notifyAll();
        }
    }

    void changed() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Every REST request so far, oldest first. */
    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    public List<RecordedRequest> requests(String method, String pathRegex) {
        return requests().stream().filter(request -> request.is(method, pathRegex)).toList();
    }

    public RecordedRequest awaitRequest(String method, String pathRegex) {
        return awaitRequests(method, pathRegex, 1).get(0);
    }

    /** Waits until at least {@code count} matching requests arrived; returns all of them. */
    public List<RecordedRequest> awaitRequests(String method, String pathRegex, int count) {
        return await(count + " request(s) " + method + " " + pathRegex, () -> {
            List<RecordedRequest> matching = requests(method, pathRegex);
            return matching.size() >= count ? Optional.of(matching) : Optional.empty();
        }, DEFAULT_TIMEOUT);
    }

    /**
     * Re-checks {@code condition} whenever the fake records something (and at least every 100 ms) until it
     * gives a value; fails with the recorded requests after {@code timeout}.
     */
    public <T> T await(String description, Supplier<Optional<T>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("The fake Discord did not see " + description + " within " + timeout
                        + ". Requests so far: " + requests());
            }
            synchronized (lock) {
                try {
                    lock.wait(Math.max(1, Math.min(100, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + description, e);
                }
            }
        }
    }

    @Override
    public void close() {
        rest.stop();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
