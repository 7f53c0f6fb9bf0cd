package dev.rumourmill.feeds;

import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Fetches feeds politely and defensively: conditional GET, gzip/deflate, connect and total timeouts (the
 * total one also stops a server that drips a byte a second), a body limit enforced while the bytes
 * arrive, redirects followed by hand (at most five), a per-host concurrency limit and a global cap on
 * requests in flight.
 *
 * <p>Requests run on the HTTP client's dispatcher ({@link #fetchAsync}), which enforces both limits and
 * queues the rest, so a caller never holds a thread while a server takes its time.
 *
 * <p>Every hop's host is checked against private and special-purpose addresses inside the HTTP client's
 * DNS step, and the client connects only to the addresses that passed: there is no second lookup a DNS
 * server could answer differently (DNS rebinding).
 */
public final class HttpFeedFetcher implements FeedFetcher, AutoCloseable {

    private final FetchSettings settings;
    private final OkHttpClient client;
    private final PrivateAddressGuard guard;
    private final FetchFailures failures;
    private final Clock clock;

    public HttpFeedFetcher(FetchSettings settings, Clock clock) {
        this(settings, clock, HostResolver.SYSTEM, SocketFactory.getDefault());
    }

    /** With a resolver and socket factory of the caller's choosing: tests check what the fetcher connects to, the bench points hosts at loopback. */
    public HttpFeedFetcher(FetchSettings settings, Clock clock, HostResolver resolver, SocketFactory sockets) {
        this.settings = settings;
        this.clock = clock;
        this.guard = new PrivateAddressGuard(settings.allowPrivateHosts(), resolver);
        this.failures = new FetchFailures(settings);
        AtomicInteger threads = new AtomicInteger();
        // The dispatcher bounds the threads: one per running request, at most maxInFlight.
        ExecutorService requests = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "feed-fetch-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        Dispatcher dispatcher = new Dispatcher(requests);
        dispatcher.setMaxRequests(settings.maxInFlight());
        // Counted by the URL's host name, the same host as the politeness limit has always meant.
        dispatcher.setMaxRequestsPerHost(settings.perHostConcurrency());
        this.client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(Math.max(5, settings.maxInFlight()), 5, TimeUnit.MINUTES))
                .dns(guard::addressesFor)
                .proxy(Proxy.NO_PROXY)
                .socketFactory(sockets)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .protocols(List.of(Protocol.HTTP_1_1))
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.totalTimeout())
                .writeTimeout(settings.totalTimeout())
                .build();
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws FeedFetchException {
        return FeedFetcher.await(fetchAsync(request));
    }

    @Override
    public CompletableFuture<FetchResult> fetchAsync(FetchRequest request) {
        return hop(request.url(), request, clock.instant().plus(settings.totalTimeout()), 0);
    }

    /** Stops every request in flight; their futures fail. */
    @Override
    public void close() {
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private CompletableFuture<FetchResult> hop(URI url, FetchRequest request, Instant deadline, int redirects) {
        CompletableFuture<Hop> sent;
        try {
            // Address literals never reach the DNS step, so they are checked here; names are checked there.
            guard.checkLiteral(url);
            sent = send(url, request, deadline);
        } catch (FeedFetchException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.thenCompose(hop -> {
            try {
                if (hop.location() == null) {
                    return CompletableFuture.completedFuture(ResponseInterpreter.interpret(url, hop.status(), hop.headers(),
                            hop.body(), settings.maxBodySize(), clock));
                }
                if (redirects == FetchSettings.MAX_REDIRECTS) {
                    throw new FeedFetchException("Too many redirects (more than " + FetchSettings.MAX_REDIRECTS
                            + ") starting at " + request.url() + "; the server may be redirecting in a loop.");
                }
                return hop(Redirects.target(url, hop.location()), request, deadline, redirects + 1);
            } catch (FeedFetchException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /** One response: a redirect's Location, or a final status with its headers and (for a 200) its body. */
    private record Hop(int status, okhttp3.Headers headers, byte[] body, String location) {
    }

    private CompletableFuture<Hop> send(URI url, FetchRequest request, Instant deadline) throws FeedFetchException {
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw failures.timeout();
        }
        HttpUrl httpUrl = HttpUrl.parse(url.toString());
        if (httpUrl == null) {
            throw new FeedFetchException("The address " + url + " is not a web address the bot can fetch.");
        }
        Request.Builder http = new Request.Builder().url(httpUrl).get()
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
                // Set by hand, so the client leaves the body compressed and ContentDecoding applies the size limit.
                .header("Accept-Encoding", "gzip, deflate");
        // The validators came from the end of the redirect chain, so every hop gets them: a feed that moved
        // for good still answers 304 at its new address.
        if (request.etag() != null) {
            http.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            http.header("If-Modified-Since", request.lastModified());
        }
        Call call = client.newCall(http.build());
        // Starts when the dispatcher runs the call: waiting for a busy host's turn is not the server's fault.
        call.timeout().timeout(remaining.toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture<Hop> hop = new CompletableFuture<>();
        hop.whenComplete((done, failure) -> {
            if (hop.isCancelled()) {
                call.cancel();
            }
        });
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                hop.completeExceptionally(failure(url, call, e));
            }

            @Override
            public void onResponse(Call answered, Response response) {
                try (response) {
                    hop.complete(read(response));
                } catch (FeedFetchException e) {
                    hop.completeExceptionally(e);
                } catch (BoundedBody.TooLarge e) {
                    hop.completeExceptionally(new FeedFetchException("The feed is larger than " + settings.maxBodySize() / 1024
                            + " KB (polling.max-body-size); the download was stopped."));
                } catch (IOException e) {
                    hop.completeExceptionally(failure(url, call, e));
                } catch (RuntimeException e) {
                    hop.completeExceptionally(e);
                }
            }
        });
        return hop;
    }

    /** Runs on the dispatcher's thread, so the body counts against the host's and the global limits. */
    private Hop read(Response response) throws IOException, FeedFetchException {
        int status = response.code();
        if (Redirects.isRedirect(status)) {
            String location = response.header("Location");
            if (location == null) {
                throw new FeedFetchException("The server sent a redirect without saying where to (no Location header).");
            }
            return new Hop(status, response.headers(), new byte[0], location);
        }
        // Only a 200 body is kept; error pages are dropped unread.
        byte[] body = status == 200 ? BoundedBody.read(response.body(), settings.maxBodySize()) : new byte[0];
        return new Hop(status, response.headers(), body, null);
    }

    private FeedFetchException failure(URI url, Call call, IOException e) {
        return call.isCanceled() ? failures.timeout() : failures.explain(url, e);
    }

}
