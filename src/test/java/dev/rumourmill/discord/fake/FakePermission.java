package dev.rumourmill.discord.fake;

import java.util.Collection;

/** Discord permission bits the fake understands (values from Discord's documentation). */
public enum FakePermission {
    ADMINISTRATOR(3),
    MANAGE_CHANNELS(4),
    MANAGE_GUILD(5),
    ADD_REACTIONS(6),
    VIEW_CHANNEL(10),
    SEND_MESSAGES(11),
    MANAGE_MESSAGES(13),
    EMBED_LINKS(14),
    ATTACH_FILES(15),
    READ_MESSAGE_HISTORY(16),
    MENTION_EVERYONE(17),
    USE_APPLICATION_COMMANDS(31),
    MANAGE_THREADS(34),
    CREATE_PUBLIC_THREADS(35),
    SEND_MESSAGES_IN_THREADS(38);

    /** What @everyone may do in a fresh fake server: enough for the bot to post alerts and replies. */
    public static final long EVERYONE_DEFAULT = bits(java.util.List.of(VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS,
            ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS, USE_APPLICATION_COMMANDS, CREATE_PUBLIC_THREADS,
            SEND_MESSAGES_IN_THREADS));

    private final long bit;

    FakePermission(int offset) {
        this.bit = 1L << offset;
    }

    public long bit() {
        return bit;
    }

    public static long bits(Collection<FakePermission> permissions) {
        long bits = 0;
        for (FakePermission permission : permissions) {
            bits |= permission.bit;
        }
        return bits;
    }

    public static long bits(FakePermission... permissions) {
        return bits(java.util.Arrays.asList(permissions));
    }
}
