package dev.rumourmill.feeds;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Says in plain words why a fetch failed, for the admin who reads /feeds status or the log. */
final class FetchFailures {

    private final FetchSettings settings;

    FetchFailures(FetchSettings settings) {
        this.settings = settings;
    }

    FeedFetchException timeout() {
        return new FeedFetchException("The server took longer than " + settings.totalTimeout().toSeconds()
                + "s to send the feed; the fetch was stopped.");
    }

    FeedFetchException explain(URI url, IOException cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof PrivateAddressGuard.Refused)) {
            root = root.getCause();
        }
        if (cause instanceof PrivateAddressGuard.Refused || root instanceof PrivateAddressGuard.Refused) {
            return new FeedFetchException((root instanceof PrivateAddressGuard.Refused ? root : cause).getMessage());
        }
        if (cause instanceof java.net.UnknownHostException) {
            return new FeedFetchException("The host name " + url.getHost() + " does not exist (DNS lookup failed).", null, cause);
        }
        String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (cause instanceof SocketTimeoutException && text.contains("connect")) {
            return new FeedFetchException("Connecting to " + url.getHost() + " timed out after "
                    + settings.connectTimeout().toSeconds() + "s.", null, cause);
        }
        if (cause instanceof InterruptedIOException) {
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
}
