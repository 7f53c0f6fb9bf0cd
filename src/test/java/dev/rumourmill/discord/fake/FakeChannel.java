package dev.rumourmill.discord.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A channel in a fake server: text (type 0), announcement (5), forum (15) or a public thread (11) in one of
 * them. {@code everyoneDeny} / {@code everyoneAllow} are the @everyone permission overwrites (the bot has no roles
 * of its own, so they decide what it may do here; a thread follows its parent's).
 */
public final class FakeChannel {

    public static final int TEXT = 0;
    public static final int ANNOUNCEMENT = 5;
    public static final int PUBLIC_THREAD = 11;
    public static final int FORUM = 15;

    /** A tag of a forum channel. */
    public record Tag(String id, String name) {
    }

    private final int type;
    private final String parentId;
    private final String ownerId;
    private final List<Tag> availableTags = new CopyOnWriteArrayList<>();
    private volatile List<String> appliedTags = List.of();
    private final String id;
    private final String guildId;
    private final String name;
    private final int position;
    private volatile long everyoneDeny;
    private volatile long everyoneAllow;
    private volatile boolean deleted;

    FakeChannel(String id, String guildId, String name, int position, long everyoneDeny) {
        this(TEXT, id, guildId, name, position, everyoneDeny, null, null);
    }

    FakeChannel(int type, String id, String guildId, String name, int position, long everyoneDeny, String parentId,
                String ownerId) {
        this.type = type;
        this.parentId = parentId;
        this.ownerId = ownerId;
        this.id = id;
        this.guildId = guildId;
        this.name = name;
        this.position = position;
        this.everyoneDeny = everyoneDeny;
    }

    public String id() {
        return id;
    }

    public String guildId() {
        return guildId;
    }

    public String name() {
        return name;
    }

    public boolean deleted() {
        return deleted;
    }

    public int type() {
        return type;
    }

    public boolean isThread() {
        return type == PUBLIC_THREAD;
    }

    /** For a thread: the channel or forum it is in; else null. */
    public String parentId() {
        return parentId;
    }

    /** For a thread: who started it. */
    public String ownerId() {
        return ownerId;
    }

    /** For a forum: its tags, in order. */
    public List<Tag> availableTags() {
        return List.copyOf(availableTags);
    }

    /** For a forum post: the ids of its tags. */
    public List<String> appliedTags() {
        return appliedTags;
    }

    void setAvailableTags(List<Tag> tags) {
        availableTags.clear();
        availableTags.addAll(tags);
    }

    void setAppliedTags(List<String> tagIds) {
        appliedTags = List.copyOf(tagIds);
    }

    int position() {
        return position;
    }

    long everyoneDeny() {
        return everyoneDeny;
    }

    long everyoneAllow() {
        return everyoneAllow;
    }

    void deny(long bits) {
        everyoneDeny |= bits;
        everyoneAllow &= ~bits;
    }

    void allow(long bits) {
        everyoneAllow |= bits;
        everyoneDeny &= ~bits;
    }

    void markDeleted() {
        deleted = true;
    }

    @Override
    public String toString() {
        return "#" + name + " (" + id + ")";
    }
}
