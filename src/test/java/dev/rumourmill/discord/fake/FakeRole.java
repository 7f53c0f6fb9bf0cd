package dev.rumourmill.discord.fake;

/** A role in a fake server; the @everyone role has the server's id. */
public record FakeRole(String id, String name, int position, long permissions) {
}
