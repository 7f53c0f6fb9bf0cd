package dev.rumourmill.discord.fake;

/** A Discord user of the fake: the bot itself, or someone running commands. */
public record FakeUser(String id, String name, boolean bot) {

    public static FakeUser named(String name) {
        return new FakeUser(FakeIds.next(), name, false);
    }
}
