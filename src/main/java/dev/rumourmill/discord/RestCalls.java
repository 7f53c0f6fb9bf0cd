package dev.rumourmill.discord;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.RestAction;

/** Waits for Discord's answer to a request, but not forever: a long outage should free the delivery routine. */
final class RestCalls {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Anything but Discord's own answer that went wrong while the request was under way: worth a retry. */
    static final class Failed extends RuntimeException {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private RestCalls() {
    }

    /**
     * The answer; Discord's refusals come as {@link ErrorResponseException} (or JDA's {@link PermissionException}),
     * anything else that failed on the way as {@link Failed}.
     */
    static <T> T complete(RestAction<T> action) throws RateLimitedException, TimeoutException {
        try {
            return action.submit().get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RateLimitedException limited) {
                throw limited;
            }
            if (cause instanceof ErrorResponseException || cause instanceof PermissionException) {
                throw (RuntimeException) cause;
            }
            throw new Failed(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
