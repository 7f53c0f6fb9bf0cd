package dev.rumourmill.discord.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server (guild) of the fake Discord with its channels and roles. Built before the fake starts;
 * channels and roles can change later through {@link FakeDiscord}, which also tells the bot.
 */
public final class FakeGuild {

    private final String id = FakeIds.nextGuild();
    private final String name;
    private final String ownerId = FakeIds.next();
    private volatile long everyonePermissions = FakePermission.EVERYONE_DEFAULT;
    private final List<FakeChannel> channels = new CopyOnWriteArrayList<>();
    private final List<FakeRole> roles = new CopyOnWriteArrayList<>();
    private final List<FakeChannel> threads = new CopyOnWriteArrayList<>();

    FakeGuild(String name) {
        this.name = name;
    }

    /** Adds a text channel; the permissions given are denied to @everyone (and so to the bot) there. */
    public FakeGuild withTextChannel(String channelName, FakePermission... deniedToEveryone) {
        channels.add(new FakeChannel(FakeIds.next(), id, channelName, channels.size(), FakePermission.bits(deniedToEveryone)));
        return this;
    }

    /** Adds an announcement channel (its messages can be published to servers that follow it). */
    public FakeGuild withAnnouncementChannel(String channelName, FakePermission... deniedToEveryone) {
        channels.add(new FakeChannel(FakeChannel.ANNOUNCEMENT, FakeIds.next(), id, channelName, channels.size(),
                FakePermission.bits(deniedToEveryone), null, null));
        return this;
    }

    /** Adds a forum channel with these tags; the permissions given are denied to @everyone there. */
    public FakeGuild withForumChannel(String channelName, List<String> tagNames, FakePermission... deniedToEveryone) {
        FakeChannel forum = new FakeChannel(FakeChannel.FORUM, FakeIds.next(), id, channelName, channels.size(),
                FakePermission.bits(deniedToEveryone), null, null);
        forum.setAvailableTags(tagNames.stream().map(tag -> new FakeChannel.Tag(FakeIds.next(), tag)).toList());
        channels.add(forum);
        return this;
    }

    /** What @everyone (and so the bot) may do server-wide. */
    public FakeGuild withEveryonePermissions(FakePermission... permissions) {
        everyonePermissions = FakePermission.bits(permissions);
        return this;
    }

    public FakeGuild withRole(String roleName, FakePermission... permissions) {
        addRole(roleName, FakePermission.bits(permissions));
        return this;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    String ownerId() {
        return ownerId;
    }

    long everyonePermissions() {
        return everyonePermissions;
    }

    public List<FakeChannel> channels() {
        return List.copyOf(channels);
    }

    public FakeChannel channel(String channelName) {
        return channels.stream().filter(channel -> channel.name().equals(channelName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel #" + channelName + " in " + name));
    }

    public List<FakeRole> roles() {
        List<FakeRole> all = new ArrayList<>();
        all.add(new FakeRole(id, "@everyone", 0, everyonePermissions));
        all.addAll(roles);
        return all;
    }

    Optional<FakeRole> roleWithPermissions(long permissions) {
        return roles.stream().filter(role -> role.permissions() == permissions).findFirst();
    }

    FakeRole addRole(String roleName, long permissions) {
        FakeRole role = new FakeRole(FakeIds.next(), roleName, roles.size() + 1, permissions);
        roles.add(role);
        return role;
    }

    Optional<FakeChannel> findChannel(String channelId) {
        return java.util.stream.Stream.concat(channels.stream(), threads.stream())
                .filter(channel -> channel.id().equals(channelId)).findFirst();
    }

    /** The threads and forum posts in the server, oldest first. */
    public List<FakeChannel> threads() {
        return List.copyOf(threads);
    }

    void addThread(FakeChannel thread) {
        threads.add(thread);
    }

    /** What the bot (a member with no roles but @everyone) may do in the channel (in a thread: in its parent). */
    long botPermissionsIn(FakeChannel channel) {
        if (channel.isThread()) {
            return botPermissionsIn(findChannel(channel.parentId()).orElseThrow());
        }
        long permissions = everyonePermissions;
        if ((permissions & FakePermission.ADMINISTRATOR.bit()) != 0) {
            return ~0L;
        }
        return (permissions & ~channel.everyoneDeny()) | channel.everyoneAllow();
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
