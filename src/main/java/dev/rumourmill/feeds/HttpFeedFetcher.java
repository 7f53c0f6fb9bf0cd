package dev.rumourmill.feeds;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches feeds with the JDK's HttpClient, politely and defensively: conditional GET, gzip/deflate,
 * connect and total timeouts (the total one also stops a server that drips a byte a second), a body
 * limit enforced while the bytes arrive, redirects followed by hand (at most five, each target
 * checked against private addresses), and a per-host concurrency limit.
 */
public final class HttpFeedFetcher implements FeedFetcher {

    private final FetchSettings settings;
    private final HttpClient client;
    private final PrivateAddressGuard guard;
    private final HostLimiter hostLimiter;
    private final Clock clock;

    public HttpFeedFetcher(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.guard = new PrivateAddressGuard(settings.allowPrivateHosts());
        this.hostLimiter = new HostLimiter(settings.perHostConcurrency());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws FeedFetchException {
        URI url = request.url();
        Instant deadline = clock.instant().plus(settings.totalTimeout());
        for (int redirects = 0; ; redirects++) {
            guard.check(url);
            HttpResponse<byte[]> response = sendLimited(url, request, deadline);
            int status = response.statusCode();
            if (!isRedirect(status)) {
                return ResponseInterpreter.interpret(url, response, settings.maxBodySize(), clock);
            }
            if (redirects == FetchSettings.MAX_REDIRECTS) {
                throw new FeedFetchException("Too many redirects (more than " + FetchSettings.MAX_REDIRECTS
                        + ") starting at " + request.url() + "; the server may be redirecting in a loop.");
            }
            url = redirectTarget(url, response.headers());
        }
    }

    private HttpResponse<byte[]> sendLimited(URI url, FetchRequest request, Instant deadline) throws FeedFetchException {
        try {
            return hostLimiter.withPermit(url.getHost(), () -> send(url, request, deadline));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFetchException("The fetch was interrupted because the bot is stopping.", null, e);
        }
    }

    private HttpResponse<byte[]> send(URI url, FetchRequest request, Instant deadline) throws FeedFetchException {
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw timeout();
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(url).GET().timeout(remaining)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate");
        // The validators came from the end of the redirect chain, so every hop gets them: a feed that moved
        // for good still answers 304 at its new address.
        if (request.etag() != null) {
            http.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            http.header("If-Modified-Since", request.lastModified());
        }
        // Only a 200 body is kept; error pages and redirect bodies are read and dropped.
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(http.build(), info -> info.statusCode() == 200
                ? new BoundedBodySubscriber(settings.maxBodySize(), info.headers().firstValueAsLong("Content-Length").orElse(-1))
                : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            return future.get(remaining.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedFetchException("The fetch was interrupted because the bot is stopping.", null, e);
        } catch (ExecutionException e) {
            throw explain(url, e.getCause());
        }
    }

    private FeedFetchException timeout() {
        return new FeedFetchException("The server took longer than " + settings.totalTimeout().toSeconds()
                + "s to send the feed; the fetch was stopped.");
    }

    private FeedFetchException explain(URI url, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof BoundedBodySubscriber.TooLarge)) {
            root = root.getCause();
        }
        if (cause instanceof BoundedBodySubscriber.TooLarge || root instanceof BoundedBodySubscriber.TooLarge) {
            return new FeedFetchException("The feed is larger than " + settings.maxBodySize() / 1024
                    + " KB (polling.max-body-size); the download was stopped.");
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FeedFetchException("Connecting to " + url.getHost() + " timed out after "
                    + settings.connectTimeout().toSeconds() + "s.", null, cause);
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return timeout();
        }
        if (cause instanceof ConnectException || root instanceof ConnectException) {
            return new FeedFetchException("Could not connect to " + url.getHost() + " (connection refused or unreachable).",
                    null, cause);
        }
        if (root instanceof SSLException) {
            return new FeedFetchException("A secure connection to " + url.getHost() + " failed: " + root.getMessage() + ".",
                    null, cause);
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new FeedFetchException("The connection to " + url.getHost() + " failed: " + detail + ".", null, cause);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, HttpHeaders headers) throws FeedFetchException {
        String location = headers.firstValue("Location").orElseThrow(() ->
                new FeedFetchException("The server sent a redirect without saying where to (no Location header)."));
        URI target;
        try {
            target = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FeedFetchException("The server redirected to an invalid address: " + location);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedFetchException("The server redirected to a non-web address: " + location);
        }
        return target;
    }
}
