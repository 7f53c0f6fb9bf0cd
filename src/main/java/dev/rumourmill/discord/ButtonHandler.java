package dev.rumourmill.discord;

/**
 * Answers clicks on the buttons whose custom id starts with {@code prefix() + ":"}. Declare an
 * implementation as a Spring bean; the {@link InteractionRouter} calls it off JDA's event thread and
 * replaces the clicked message with the returned reply (an ephemeral reply is sent privately instead and
 * leaves the message as it is). Exceptions become a private "Something went wrong", as for slash commands.
 */
interface ButtonHandler {

    /** The part of the custom id before the first {@code :}, e.g. {@code expiring}. */
    String prefix();

    Reply handle(ButtonInput input) throws Exception;

    /**
     * One click, reduced to plain values.
     *
     * @param customId  the whole custom id of the clicked button
     * @param state     the custom id after {@code prefix:}
     * @param userId    who clicked
     * @param guildId   the server, or null in a direct message
     * @param channelId where the message is
     */
    record ButtonInput(String customId, String state, String userId, String guildId, String channelId) {
    }
}
