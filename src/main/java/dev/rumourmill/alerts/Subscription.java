package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.DigestSchedule;
import dev.rumourmill.config.PostAs;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one channel follows. Made in bot-config.yml ({@code origin} config) or with /alerts (command), with
 * {@link #builder(String)}.
 */
public record Subscription(long id, String channelId, String guildId, Origin origin, Interest interest, Posting posting,
        Made made) {

    public enum Origin { CONFIG, COMMAND }

    /** The stories the channel wants: about these clubs or players (none: every story), of these kinds, this good. */
    public record Interest(List<String> clubs, List<String> players, Set<AlertKind> kinds, int minTier,
            double minConfidence) {
        public Interest {
            clubs = clubs == null ? List.of() : List.copyOf(clubs);
            players = players == null ? List.of() : List.copyOf(players);
            kinds = kinds == null || kinds.isEmpty() ? Set.of(AlertKind.RUMOUR, AlertKind.CONFIRMED) : Set.copyOf(kinds);
        }
    }

    /**
     * How alerts are posted there.
     *
     * @param pingRole     the role to mention when a story reaches one of {@code pingAt}, or null
     * @param pingAt       the story stages (as {@link dev.rumourmill.rumours.StoryStage#wire()} names them) that
     *                     ping the role, once per story; empty: never ping
     * @param pausedReason why alerts to this channel stopped (e.g. the bot lost access), or null
     * @param digest       a round-up per period instead of single alerts, or null
     * @param postAs       channel messages, a thread per story, forum posts or published announcements
     */
    public record Posting(String pingRole, Set<String> pingAt, int maxPerHour, String pausedReason,
            DigestSchedule digest, PostAs postAs) {
        public Posting {
            pingAt = pingAt == null ? Set.of() : AlertRouteProperties.stages(pingAt);
            postAs = postAs == null ? PostAs.MESSAGE : postAs;
        }
    }

    /** Who made the subscription ("bot-config.yml" or a user), and when. */
    public record Made(String by, Instant at) {
    }

    public Subscription {
        interest = interest == null ? new Interest(null, null, null, 4, 0) : interest;
        posting = posting == null ? new Posting(null, null, AlertDelivery.DEFAULT_MAX_PER_HOUR, null, null, null) : posting;
        made = made == null ? new Made(null, null) : made;
    }

    public static SubscriptionBuilder builder(String channelId) {
        return new SubscriptionBuilder(channelId);
    }

    /** A builder holding this subscription's values, to change some of them. */
    public SubscriptionBuilder toBuilder() {
        return builder(channelId).id(id).guildId(guildId).origin(origin).clubs(clubs()).players(players()).kinds(kinds())
                .minTier(minTier()).minConfidence(minConfidence()).pingRole(pingRole()).pingAt(pingAt()).maxPerHour(maxPerHour())
                .digest(digest()).postAs(postAs())
                .pausedReason(pausedReason()).createdBy(createdBy()).createdAt(createdAt());
    }

    public boolean followsEverything() {
        return clubs().isEmpty() && players().isEmpty();
    }

    public boolean paused() {
        return pausedReason() != null;
    }

    public List<String> clubs() {
        return interest.clubs();
    }

    public List<String> players() {
        return interest.players();
    }

    public Set<AlertKind> kinds() {
        return interest.kinds();
    }

    public int minTier() {
        return interest.minTier();
    }

    public double minConfidence() {
        return interest.minConfidence();
    }

    public String pingRole() {
        return posting.pingRole();
    }

    public Set<String> pingAt() {
        return posting.pingAt();
    }

    public int maxPerHour() {
        return posting.maxPerHour();
    }

    /** The channel's digest schedule, or null: single alerts. */
    public DigestSchedule digest() {
        return posting.digest();
    }

    /** Where this subscription's alerts go (channel messages unless set). */
    public PostAs postAs() {
        return posting.postAs();
    }

    public String pausedReason() {
        return posting.pausedReason();
    }

    public String createdBy() {
        return made.by();
    }

    public Instant createdAt() {
        return made.at();
    }
}
