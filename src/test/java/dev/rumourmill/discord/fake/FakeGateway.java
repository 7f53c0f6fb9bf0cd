package dev.rumourmill.discord.fake;

import static dev.rumourmill.discord.fake.FakeJson.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the fake: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, and
 * dispatches the tests inject (interactions, channel and role updates).
 */
final class FakeGateway extends WebSocketServer {

    static final int HEARTBEAT_INTERVAL_MILLIS = 41250;

    /** One gateway session of one shard; it outlives a dropped connection so that JDA can resume it. */
    static final class Session {
        final String id = FakeIds.next();
        final int shardId;
        final int shardTotal;
        private long sequence;
        private WebSocket socket;

        Session(int shardId, int shardTotal) {
            this.shardId = shardId;
            this.shardTotal = shardTotal;
        }

        synchronized boolean isLive() {
            return socket != null && socket.isOpen();
        }

        synchronized void dispatch(String type, Object data) {
            if (socket == null) {
                throw new IllegalStateException("session " + id + " has no connection");
            }
            sequence++;
            socket.send(FakeJson.write(obj("op", 0, "t", type, "s", sequence, "d", data)));
        }

        boolean holds(String guildId) {
            return (Long.parseLong(guildId) >> 22) % shardTotal == shardId;
        }
    }

    private final FakeDiscord discord;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private volatile boolean resumeAllowed = true;
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    FakeGateway(FakeDiscord discord) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.discord = discord;
        setReuseAddr(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    int identifies() {
        return identifies.get();
    }

    int resumes() {
        return resumes.get();
    }

    /** The next {@code count} connection attempts fail in the WebSocket handshake, like a gateway outage. */
    void refuseConnections(int count) {
        refusals.set(count);
    }

    int refusedConnections() {
        return refused.get();
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket socket, Draft draft,
                                                                       ClientHandshake request) throws InvalidDataException {
        if (refusals.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            refused.incrementAndGet();
            throw new InvalidDataException(CloseFrame.TRY_AGAIN_LATER, "the fake gateway is having an outage");
        }
        return super.onWebsocketHandshakeReceivedAsServer(socket, draft, request);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        socket.send(FakeJson.write(obj("op", 10, "d", obj("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS))));
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        JsonNode payload = FakeJson.read(text);
        switch (payload.path("op").asInt(-1)) {
            case 1 -> socket.send("{\"op\":11}");
            case 2 -> identify(socket, payload.path("d"));
            case 6 -> resume(socket, payload.path("d"));
            default -> {
                // presence updates and the like: nothing to do
            }
        }
    }

    private void identify(WebSocket socket, JsonNode data) {
        if (!discord.acceptsToken(data.path("token").asText())) {
            socket.close(4004, "Authentication failed.");
            return;
        }
        JsonNode shard = data.path("shard");
        Session session = new Session(shard.path(0).asInt(0), Math.max(1, shard.path(1).asInt(1)));
        List<FakeGuild> guilds = discord.guilds().stream().filter(guild -> session.holds(guild.id())).toList();
        synchronized (session) {
            session.socket = socket;
        }
        sessions.put(session.id, session);
        session.dispatch("READY", obj("v", 10, "user", FakeJson.user(discord.botUser()), "session_id", session.id,
                "resume_gateway_url", url(), "application", obj("id", discord.applicationId(), "flags", 0),
                "private_channels", List.of(), "presences", List.of(), "relationships", List.of(),
                "guilds", guilds.stream().map(guild -> obj("id", guild.id(), "unavailable", true)).toList(),
                "shard", List.of(session.shardId, session.shardTotal)));
        for (FakeGuild guild : guilds) {
            session.dispatch("GUILD_CREATE", FakeJson.guildCreate(guild, discord.botUser()));
        }
        identifies.incrementAndGet();
        discord.changed();
    }

    private void resume(WebSocket socket, JsonNode data) {
        Session session = sessions.get(data.path("session_id").asText());
        if (session == null || !resumeAllowed) {
            // "Invalid session, not resumable": JDA waits a moment and identifies afresh.
            socket.send("{\"op\":9,\"d\":false}");
            return;
        }
        synchronized (session) {
            session.socket = socket;
        }
        session.dispatch("RESUMED", obj());
        resumes.incrementAndGet();
        discord.changed();
    }

    /** Cuts every connection without a close handshake, like a network failure. */
    void dropConnections(boolean allowResume) {
        resumeAllowed = allowResume;
        if (!allowResume) {
            sessions.clear();
        }
        for (WebSocket socket : getConnections()) {
            socket.closeConnection(1006, "dropped by the fake Discord");
        }
        discord.changed();
    }

    Optional<Session> liveSessionFor(String guildId) {
        return sessions.values().stream().filter(Session::isLive).filter(session -> session.holds(guildId)).findFirst();
    }

    boolean hasLiveSession() {
        return sessions.values().stream().anyMatch(Session::isLive);
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        for (Session session : sessions.values()) {
            synchronized (session) {
                if (session.socket == socket) {
                    session.socket = null;
                }
            }
        }
        discord.changed();
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        // A dropped connection ends up here too; the session stays resumable.
    }
}
