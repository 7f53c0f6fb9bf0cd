package dev.rumourmill.discord.fake;

/**
 * A text channel in a fake server. {@code everyoneDeny} / {@code everyoneAllow} are the @everyone
 * permission overwrites (the bot has no roles of its own, so they decide what it may do here).
 */
public final class FakeChannel {

    private final String id;
    private final String guildId;
    private final String name;
    private final int position;
    private volatile long everyoneDeny;
    private volatile long everyoneAllow;
    private volatile boolean deleted;

    FakeChannel(String id, String guildId, String name, int position, long everyoneDeny) {
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
