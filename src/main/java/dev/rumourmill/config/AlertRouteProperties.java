package dev.rumourmill.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One channel's alert subscription, as written in bot-config.yml (more can be added with /alerts).
 *
 * @param channel       the Discord channel id that receives the alerts
 * @param clubs         clubs to follow (canonical names or nicknames); empty with no players = everything
 * @param players       players to follow
 * @param kinds         which kinds of story to post (default: rumour and confirmed)
 * @param minTier       only sources at this tier or better (1 = most reliable, 4 = least)
 * @param minConfidence only stories at least this likely (0 to 1)
 * @param ping          who is mentioned and when ({@code ping: {role: ..., at: [agreed, official]}}); default: nobody
 * @param post          how the channel gets its stories: {@code post: {as: thread, style: components, digest: "daily
 *                      18:00 Europe/London", max-per-hour: 30}}; default: one embed per story update in the channel,
 *                      at most 30 an hour
 */
public record AlertRouteProperties(
        String channel,
        List<String> clubs,
        List<String> players,
        Set<AlertKind> kinds,
        Integer minTier,
        Double minConfidence,
        Ping ping,
        Post post) {

    /**
     * How a route's stories are posted.
     *
     * @param style      {@code embed} (default) or {@code components} (Discord's message components)
     * @param digest     a round-up per period instead of single alerts ({@link DigestSchedule}), or null
     * @param maxPerHour at most this many alerts an hour in the channel (default 30)
     * @param as         {@code message} (default), {@code thread} (a thread per story), {@code forum} (a post per story
     *                   in a forum channel, tagged with club and stage) or {@code announcement} (each new message
     *                   published)
     */
    public record Post(AlertStyle style, String digest, Integer maxPerHour, PostAs as) {

        public static final Post DEFAULT = new Post(null, null, null, null);

        public Post {
            as = as == null ? PostAs.MESSAGE : as;
            style = style == null ? AlertStyle.EMBED : style;
            digest = digest == null ? null : DigestSchedule.parse(digest).text();
            maxPerHour = maxPerHour == null ? 30 : maxPerHour;
            if (maxPerHour < 1) {
                throw new InvalidConfigException("max-per-hour", maxPerHour, "use 1 or more, e.g. 30");
            }
        }

        /** The digest schedule, or null: single alerts. */
        public DigestSchedule digestSchedule() {
            return digest == null ? null : DigestSchedule.parse(digest);
        }
    }

    /**
     * The opt-in role mention of a route.
     *
     * @param role a role to mention when a story reaches one of {@code at}; no one is pinged unless set
     * @param at   the story stages that ping the role, once per story (default none: no pings at all)
     */
    public record Ping(String role, Set<String> at) {

        public static final Ping NOBODY = new Ping(null, null);

        public Ping {
            role = Snowflakes.optional("role", role);
            at = stages(at);
            if (!at.isEmpty() && role == null) {
                throw new InvalidConfigException("at", String.join(", ", at), "set ping.role to the role to mention too");
            }
        }
    }

    /** The stages a story can reach, as the rumour engine names them; {@code ping.at} takes any of them. */
    public static final List<String> STAGES = List.of("interest", "talks", "bid", "agreed", "medical", "official", "denied");

    public AlertRouteProperties {
        channel = Snowflakes.required("channel", channel);
        clubs = clubs == null ? List.of() : List.copyOf(clubs);
        players = players == null ? List.of() : List.copyOf(players);
        kinds = kinds == null || kinds.isEmpty() ? Set.of(AlertKind.RUMOUR, AlertKind.CONFIRMED) : Set.copyOf(kinds);
        minTier = minTier == null ? 4 : minTier;
        minConfidence = minConfidence == null ? 0.0 : minConfidence;
        ping = ping == null ? Ping.NOBODY : ping;
        post = post == null ? Post.DEFAULT : post;
        if (minTier < 1 || minTier > 4) {
            throw new InvalidConfigException("min-tier", minTier, "use 1 (most reliable only) to 4 (everything)");
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new InvalidConfigException("min-confidence", minConfidence, "use a number from 0 to 1, e.g. 0.5");
        }
    }

    /** Stage names as written, checked and lower-cased; an unknown one names those there are. */
    public static Set<String> stages(java.util.Collection<String> names) {
        Set<String> stages = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            String stage = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
            if (!STAGES.contains(stage)) {
                throw new InvalidConfigException("at", name, "use stages from: " + String.join(", ", STAGES)
                        + " (e.g. [agreed, official])");
            }
            stages.add(stage);
        }
        Set<String> ordered = new LinkedHashSet<>(STAGES);
        ordered.retainAll(stages);
        return java.util.Collections.unmodifiableSet(ordered);
    }

    /** The role to mention at a {@link #pingAt()} stage, or null. */
    public String pingRole() {
        return ping.role();
    }

    /** At most this many alerts an hour in the channel. */
    public int maxPerHour() {
        return post.maxPerHour();
    }

    /** The stages that mention {@link #pingRole()}; empty: nobody is ever pinged. */
    public Set<String> pingAt() {
        return ping.at();
    }

    /** How the route's alerts look: an embed or message components. */
    public AlertStyle style() {
        return post.style();
    }

    /** Where the alerts go: channel messages, a thread per story, forum posts or published announcements. */
    public PostAs postAs() {
        return post.as();
    }

    public boolean followsEverything() {
        return clubs.isEmpty() && players.isEmpty();
    }
}
