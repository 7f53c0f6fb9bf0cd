package dev.rumourmill.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on 127.0.0.1 for feed tests; records every request it answers. */
public final class LoopbackHttpServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Seen(String path, String ifNoneMatch, String ifModifiedSince, String userAgent, String acceptEncoding) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(32);
    private final List<Seen> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> maxInFlight = new ConcurrentHashMap<>();

    public LoopbackHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    public LoopbackHttpServer handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(new Seen(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("If-Modified-Since"),
                    exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("Accept-Encoding")));
            AtomicInteger counter = inFlight.computeIfAbsent(path, p -> new AtomicInteger());
            int now = counter.incrementAndGet();
            maxInFlight.merge(path, now, Math::max);
            try {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client went away (timeouts, size limits): expected in hostile-input tests
            } finally {
                counter.decrementAndGet();
                exchange.close();
            }
        });
        return this;
    }

    /** Serves a fixed body with the given Content-Type. */
    public LoopbackHttpServer serve(String path, String contentType, byte[] body) {
        return handle(path, exchange -> respond(exchange, 200, contentType, body));
    }

    public LoopbackHttpServer serve(String path, String contentType, String body) {
        return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Seen> requests() {
        return List.copyOf(requests);
    }

    public long requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    /** The most requests that were ever answered at the same time under {@code path}. */
    public int maxConcurrent(String path) {
        return maxInFlight.getOrDefault(path, 0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
