package dev.rumourmill.alerts;

/**
 * What a channel asks to follow with /alerts follow: a club, a player, or everything. Validates itself so
 * the command layer can hand over raw option values.
 */
public record FollowTarget(Type type, String name) {

    public enum Type { CLUB, PLAYER, EVERYTHING }

    public FollowTarget {
        if (type == null) {
            throw new IllegalArgumentException("Say what to follow: a club, a player, or everything.");
        }
        if (type == Type.EVERYTHING) {
            name = null;
        } else {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Give the " + type.name().toLowerCase(java.util.Locale.ROOT)
                        + "'s name.");
            }
            name = name.strip();
            if (name.length() > 100) {
                throw new IllegalArgumentException("That name is too long (100 characters at most).");
            }
        }
    }

    public static FollowTarget club(String name) {
        return new FollowTarget(Type.CLUB, name);
    }

    public static FollowTarget player(String name) {
        return new FollowTarget(Type.PLAYER, name);
    }

    public static FollowTarget everything() {
        return new FollowTarget(Type.EVERYTHING, null);
    }
}
