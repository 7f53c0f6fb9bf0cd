package dev.rumourmill.feeds;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/** Politeness: at most N requests in flight to one host, however many of its feeds are due. */
final class HostLimiter {

    private final int permitsPerHost;
    private final ConcurrentMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostLimiter(int permitsPerHost) {
        this.permitsPerHost = permitsPerHost;
    }

    <T, E extends Exception> T withPermit(String host, Call<T, E> call) throws E, InterruptedException {
        Semaphore semaphore = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(permitsPerHost, true));
        semaphore.acquire();
        try {
            return call.run();
        } finally {
            semaphore.release();
        }
    }

    @FunctionalInterface
    interface Call<T, E extends Exception> {
        T run() throws E;
    }
}
