package dev.rumourmill.rumours;

import java.util.List;

/** The names a player may be written under: full name and multi-word nicknames alone, surnames with support. */
final class PlayerAliases {

    private PlayerAliases() {
    }

    static void addTo(List<Alias> aliases, KnownPlayer player) {
        String[] tokens = player.fullName().split("\\s+");
        // A one-word name ("Rodri", "Gabriel") is how the press writes such a player, but it is also a common
        // first name: it needs the same support as a surname.
        aliases.add(Alias.of(player.fullName(), EntityKind.PLAYER, player.id(),
                tokens.length > 1 ? Alias.Strength.STRONG : Alias.Strength.SURNAME));
        for (String nickname : player.knownAs()) {
            boolean multiWord = nickname.strip().contains(" ");
            aliases.add(Alias.of(nickname, EntityKind.PLAYER, player.id(),
                    multiWord ? Alias.Strength.STRONG : Alias.Strength.SURNAME));
        }
        if (tokens.length > 1) {
            String afterFirst = player.fullName().substring(tokens[0].length()).strip();
            aliases.add(Alias.of(afterFirst, EntityKind.PLAYER, player.id(), Alias.Strength.SURNAME));
            String last = tokens[tokens.length - 1];
            if (!last.equals(afterFirst) && last.length() > 2) {
                aliases.add(Alias.of(last, EntityKind.PLAYER, player.id(), Alias.Strength.SURNAME));
            }
        }
    }
}
