package dev.rumourmill.alerts;

import dev.rumourmill.config.PostAs;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.DigestSchedule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The /alerts use cases: follow, unfollow and list what a channel receives. Changes made here live beside
 * the channel's bot-config.yml subscription, never inside it, so a restart does not undo them.
 */
public class SubscriptionService {

    private final SubscriptionStore store;
    private final ClubNames clubNames;
    private final PlayerNames playerNames;
    private final Clock clock;

    public SubscriptionService(SubscriptionStore store, ClubNames clubNames, PlayerNames playerNames, Clock clock) {
        this.store = store;
        this.clubNames = clubNames;
        this.playerNames = playerNames;
        this.clock = clock;
    }

    /** @return a sentence saying what the channel now follows */
    public String follow(String channelId, String guildId, FollowTarget target, String by) {
        return follow(channelId, guildId, target, by, null);
    }

    /**
     * As {@link #follow(String, String, FollowTarget, String)}, and posts alerts as {@code postAs} from now on
     * (null: as before, for a new subscription channel messages).
     */
    public String follow(String channelId, String guildId, FollowTarget target, String by, PostAs postAs) {
        Subscription current = store.find(channelId, Subscription.Origin.COMMAND).orElse(null);
        List<String> clubs = current == null ? new ArrayList<>() : new ArrayList<>(current.clubs());
        List<String> players = current == null ? new ArrayList<>() : new ArrayList<>(current.players());
        String name = null;
        switch (target.type()) {
            case CLUB -> {
                name = clubNames.canonical(target.name()).orElseThrow(() -> new IllegalArgumentException(
                        "I don't know a club called \"" + target.name() + "\". Pick one from the suggestions."));
                addIfAbsent(clubs, name);
            }
            case PLAYER -> {
                name = playerNames.canonical(target.name()).orElse(target.name());
                addIfAbsent(players, name);
            }
            case EVERYTHING -> {
                clubs.clear();
                players.clear();
            }
        }
        Subscription updated = current == null
                ? Subscription.builder(channelId).guildId(guildId).clubs(clubs).players(players).createdBy(by).postAs(postAs)
                        .createdAt(clock.instant()).build()
                : current.toBuilder().guildId(guildId).clubs(clubs).players(players).pausedReason(null)
                        .postAs(postAs == null ? current.postAs() : postAs).build();
        store.save(updated);
        store.resumeChannel(channelId);
        String how = postAs == null || postAs == PostAs.MESSAGE ? "" : switch (postAs) {
            case THREAD -> " Each story gets a thread on its message; updates go in it.";
            case FORUM -> " Each story gets a post here, tagged with its clubs and stage; updates go in it.";
            case ANNOUNCEMENT -> " Every alert is published to the servers that follow this channel.";
            default -> "";
        };
        return (target.type() == FollowTarget.Type.EVERYTHING
                ? "This channel now gets every transfer story."
                : "This channel now follows " + name + ".") + how;
    }

    /** @return a sentence saying what changed; unfollowing what was never followed says so */
    public String unfollow(String channelId, FollowTarget target) {
        Optional<Subscription> found = store.find(channelId, Subscription.Origin.COMMAND);
        if (found.isEmpty()) {
            return "This channel follows nothing through /alerts" + configNote(channelId) + ".";
        }
        Subscription current = found.get();
        if (target.type() == FollowTarget.Type.EVERYTHING) {
            store.delete(channelId, Subscription.Origin.COMMAND);
            return "This channel no longer gets alerts from /alerts follows" + configNote(channelId) + ".";
        }
        List<String> clubs = new ArrayList<>(current.clubs());
        List<String> players = new ArrayList<>(current.players());
        String typed = target.name();
        String canonical = target.type() == FollowTarget.Type.CLUB ? clubNames.canonical(typed).orElse(typed)
                : playerNames.canonical(typed).orElse(typed);
        boolean removed = target.type() == FollowTarget.Type.CLUB
                ? clubs.removeIf(c -> NameKey.of(c).equals(NameKey.of(canonical)))
                : players.removeIf(p -> NameKey.of(p).equals(NameKey.of(canonical)));
        if (!removed) {
            return "This channel does not follow " + canonical + ".";
        }
        if (clubs.isEmpty() && players.isEmpty()) {
            // An empty list would mean "everything": unfollowing the last name stops the alerts instead.
            store.delete(channelId, Subscription.Origin.COMMAND);
        } else {
            store.save(current.toBuilder().clubs(clubs).players(players).build());
        }
        return "This channel no longer follows " + canonical + ".";
    }

    /**
     * Sets the role the channel's /alerts subscription mentions and the stages that mention it (once per
     * story); no stages turns pings off.
     *
     * @param stages stage names as typed ("agreed, official"); unknown ones are refused with those there are
     * @return a sentence saying when the channel now pings
     */
    public String pings(String channelId, String roleId, List<String> stages) {
        Subscription current = store.find(channelId, Subscription.Origin.COMMAND).orElseThrow(() ->
                new IllegalArgumentException("This channel follows nothing through /alerts yet: use /alerts follow first"
                        + configNote(channelId) + "."));
        java.util.Set<String> at;
        try {
            at = AlertRouteProperties.stages(stages);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("I don't know every stage in \"" + String.join(", ", stages)
                    + "\": use " + String.join(", ", AlertRouteProperties.STAGES) + ".");
        }
        if (at.isEmpty()) {
            store.save(current.toBuilder().pingRole(null).pingAt(java.util.Set.of()).build());
            return "Alerts here mention nobody now.";
        }
        if (roleId == null) {
            throw new IllegalArgumentException("Choose the role to mention, e.g. role: @Transfer news.");
        }
        store.save(current.toBuilder().pingRole(roleId).pingAt(at).build());
        return "Alerts here mention <@&" + roleId + "> once per story, when it reaches " + String.join(" or ", at) + ".";
    }

    /**
     * Sets the round-up the channel's /alerts subscription gets instead of single alerts; blank or "off" clears it.
     *
     * @param schedule as in bot-config.yml, e.g. "daily 18:00 Europe/London"
     * @return a sentence saying how the channel now gets its stories
     */
    public String digest(String channelId, String schedule) {
        Subscription current = store.find(channelId, Subscription.Origin.COMMAND).orElseThrow(() ->
                new IllegalArgumentException("This channel follows nothing through /alerts yet: use /alerts follow first"
                        + configNote(channelId) + "."));
        if (schedule == null || schedule.isBlank() || schedule.trim().equalsIgnoreCase("off")) {
            store.save(current.toBuilder().digest(null).build());
            return "This channel gets single alerts again, as stories happen.";
        }
        DigestSchedule parsed;
        try {
            parsed = DigestSchedule.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("I can't read \"" + schedule + "\" as a digest schedule: write e.g. "
                    + "daily 18:00 Europe/London, or deadline-day 2027-02-02 Europe/London (hourly round-ups that day).");
        }
        store.save(current.toBuilder().digest(parsed).build());
        return "This channel now gets a round-up (" + parsed.text() + ") instead of single alerts. /digest now posts "
                + "the one so far.";
    }

    public List<Subscription> list(String channelId) {
        return store.forChannel(channelId);
    }

    private String configNote(String channelId) {
        return store.find(channelId, Subscription.Origin.CONFIG).isPresent()
                ? " (its bot-config.yml subscription stays; change that in the file)" : "";
    }

    private static void addIfAbsent(List<String> names, String name) {
        if (names.stream().noneMatch(n -> NameKey.of(n).equals(NameKey.of(name)))) {
            names.add(name);
        }
    }
}
