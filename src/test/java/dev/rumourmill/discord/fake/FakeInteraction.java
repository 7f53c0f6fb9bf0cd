package dev.rumourmill.discord.fake;

import static dev.rumourmill.discord.fake.FakeJson.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A slash command (or autocomplete request) about to be sent to the bot as INTERACTION_CREATE. By default
 * it comes from the fake's default user in the default server's first channel, with @everyone's permissions.
 */
public final class FakeInteraction {

    static final int APPLICATION_COMMAND = 2;
    static final int AUTOCOMPLETE = 4;
    static final int MESSAGE_COMPONENT = 3;

    private final FakeDiscord discord;
    private final String command;
    private final Map<String, Object> options = new LinkedHashMap<>();
    private String subcommand;
    private FakeUser user;
    private FakeChannel channel;
    private Long memberPermissions;

    FakeInteraction(FakeDiscord discord, String command) {
        this.discord = discord;
        this.command = command;
        this.user = discord.defaultUser();
        this.channel = discord.defaultChannel();
    }

    public FakeInteraction subcommand(String name) {
        this.subcommand = name;
        return this;
    }

    /** An option; its Discord type follows the Java type (String, Integer/Long, Boolean, Double). */
    public FakeInteraction option(String name, Object value) {
        options.put(name, value);
        return this;
    }

    public FakeInteraction options(Map<String, ?> values) {
        options.putAll(values);
        return this;
    }

    public FakeInteraction by(FakeUser who) {
        this.user = who;
        return this;
    }

    public FakeInteraction in(FakeChannel where) {
        this.channel = where;
        return this;
    }

    /** The user's permissions, given through a role the fake creates (and announces to the bot) if needed. */
    public FakeInteraction withMemberPermissions(FakePermission... permissions) {
        this.memberPermissions = FakePermission.bits(permissions);
        return this;
    }

    public SentInteraction send() {
        return discord.deliver(this, APPLICATION_COMMAND, null);
    }

    /** Sends an autocomplete request with the given option focused and typed so far. */
    public SentInteraction autocomplete(String focusedOption, String typed) {
        options.put(focusedOption, typed);
        return discord.deliver(this, AUTOCOMPLETE, focusedOption);
    }

    FakeChannel channel() {
        return channel;
    }

    Map<String, Object> payload(String id, String token, int type, String focused, String commandId, List<String> roleIds,
                                long permissions, long appPermissions) {
        List<Object> optionList = new ArrayList<>();
        options.forEach((name, value) -> {
            Map<String, Object> option = obj("name", name, "type", typeOf(value), "value", value);
            if (name.equals(focused)) {
                option.put("type", 3);
                option.put("value", String.valueOf(value));
                option.put("focused", true);
            }
            optionList.add(option);
        });
        List<Object> topOptions = subcommand == null ? optionList
                : List.of(obj("name", subcommand, "type", 1, "options", optionList));
        String guildId = channel.guildId();
        return obj("id", id, "application_id", discord.applicationId(), "type", type, "version", 1, "token", token,
                "guild_id", guildId, "channel_id", channel.id(),
                "guild", obj("id", guildId, "locale", "en-US", "features", List.of()),
                "channel", FakeJson.channel(channel),
                "member", FakeJson.member(user, roleIds, permissions),
                "locale", "en-GB", "guild_locale", "en-US", "app_permissions", Long.toString(appPermissions),
                "entitlements", List.of(), "context", 0, "authorizing_integration_owners", obj("0", guildId),
                "attachment_size_limit", 10_485_760,
                "data", obj("id", commandId, "name", command, "type", 1, "guild_id", guildId, "options", topOptions));
    }

    /** INTERACTION_CREATE for a click on a button (component type 2) under {@code message}. */
    static Map<String, Object> clickPayload(FakeDiscord discord, String id, String token, FakeChannel channel, FakeUser user,
                                            long permissions, long appPermissions, Map<String, Object> message,
                                            String customId) {
        String guildId = channel.guildId();
        return obj("id", id, "application_id", discord.applicationId(), "type", MESSAGE_COMPONENT, "version", 1,
                "token", token, "guild_id", guildId, "channel_id", channel.id(),
                "guild", obj("id", guildId, "locale", "en-US", "features", List.of()),
                "channel", FakeJson.channel(channel),
                "member", FakeJson.member(user, List.of(), permissions),
                "locale", "en-GB", "guild_locale", "en-US", "app_permissions", Long.toString(appPermissions),
                "entitlements", List.of(), "context", 0, "authorizing_integration_owners", obj("0", guildId),
                "attachment_size_limit", 10_485_760, "message", message,
                "data", obj("custom_id", customId, "component_type", FakeButton.BUTTON));
    }

    String command() {
        return command;
    }

    Long memberPermissions() {
        return memberPermissions;
    }

    static String newToken() {
        return "fake-interaction-token-" + UUID.randomUUID();
    }

    private static int typeOf(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return 4;
        }
        if (value instanceof Boolean) {
            return 5;
        }
        if (value instanceof Double || value instanceof Float) {
            return 10;
        }
        return 3;
    }
}
