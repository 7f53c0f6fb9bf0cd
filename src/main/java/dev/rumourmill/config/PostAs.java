package dev.rumourmill.config;

/**
 * Where a route's alerts go in Discord: plain channel messages (the default), a thread per story on the
 * story's channel message, one post per story in a forum channel, or messages published from an
 * announcement channel to the servers that follow it.
 */
public enum PostAs {
    MESSAGE, THREAD, FORUM, ANNOUNCEMENT;

    /** The name written in bot-config.yml and /alerts ({@code message}, {@code thread}, …). */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The target named {@code name} (any case); an unknown name lists those there are. */
    public static PostAs of(String name) {
        for (PostAs value : values()) {
            if (value.wire().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("post as '" + name + "' is unknown: use message, thread, forum or announcement");
    }
}
