package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.PostAs;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Subscription}. Unless told otherwise: made with /alerts, follows every story of the default
 * kinds from any tier (4) at any confidence, posts at most {@value AlertDelivery#DEFAULT_MAX_PER_HOUR} an hour.
 */
public final class SubscriptionBuilder {

    private final String channelId;
    private long id;
    private String guildId;
    private Subscription.Origin origin = Subscription.Origin.COMMAND;
    private List<String> clubs = List.of();
    private List<String> players = List.of();
    private Set<AlertKind> kinds;
    private int minTier = 4;
    private double minConfidence;
    private String pingRole;
    private Set<String> pingAt;
    private int maxPerHour = AlertDelivery.DEFAULT_MAX_PER_HOUR;
    private String pausedReason;
    private dev.rumourmill.config.DigestSchedule digest;
    private PostAs postAs;
    private String createdBy;
    private Instant createdAt;

    SubscriptionBuilder(String channelId) {
        this.channelId = channelId;
    }

    public SubscriptionBuilder id(long value) {
        id = value;
        return this;
    }

    public SubscriptionBuilder guildId(String value) {
        guildId = value;
        return this;
    }

    public SubscriptionBuilder origin(Subscription.Origin value) {
        origin = value;
        return this;
    }

    public SubscriptionBuilder clubs(List<String> value) {
        clubs = value;
        return this;
    }

    public SubscriptionBuilder players(List<String> value) {
        players = value;
        return this;
    }

    public SubscriptionBuilder kinds(Set<AlertKind> value) {
        kinds = value;
        return this;
    }

    public SubscriptionBuilder minTier(int value) {
        minTier = value;
        return this;
    }

    public SubscriptionBuilder minConfidence(double value) {
        minConfidence = value;
        return this;
    }

    public SubscriptionBuilder pingRole(String value) {
        pingRole = value;
        return this;
    }

    public SubscriptionBuilder pingAt(Set<String> value) {
        pingAt = value;
        return this;
    }

    public SubscriptionBuilder maxPerHour(int value) {
        maxPerHour = value;
        return this;
    }

    public SubscriptionBuilder postAs(PostAs value) {
        postAs = value;
        return this;
    }

    public SubscriptionBuilder pausedReason(String value) {
        pausedReason = value;
        return this;
    }

    /** A round-up per period instead of single alerts; null: single alerts. */
    public SubscriptionBuilder digest(dev.rumourmill.config.DigestSchedule value) {
        digest = value;
        return this;
    }

    public SubscriptionBuilder createdBy(String value) {
        createdBy = value;
        return this;
    }

    public SubscriptionBuilder createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    public Subscription build() {
        return new Subscription(id, channelId, guildId, origin,
                new Subscription.Interest(clubs, players, kinds, minTier, minConfidence),
                new Subscription.Posting(pingRole, pingAt, maxPerHour, pausedReason, digest, postAs),
                new Subscription.Made(createdBy, createdAt));
    }
}
