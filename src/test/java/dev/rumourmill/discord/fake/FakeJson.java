package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Discord objects the fake sends, as maps in the shape JDA 6 reads. */
final class FakeJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeJson() {
    }

    /** A JSON object from alternating keys and values; values may be null (unlike {@code Map.of}). */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    static Object toObject(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    static String timestamp() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    static Map<String, Object> user(FakeUser user) {
        return obj("id", user.id(), "username", user.name(), "global_name", user.name(), "discriminator", "0",
                "avatar", null, "bot", user.bot(), "public_flags", 0);
    }

    static Map<String, Object> role(FakeRole role) {
        return obj("id", role.id(), "name", role.name(), "position", role.position(),
                "permissions", Long.toString(role.permissions()), "color", 0,
                "colors", obj("primary_color", 0, "secondary_color", null, "tertiary_color", null),
                "hoist", false, "managed", false, "mentionable", false, "icon", null, "unicode_emoji", null, "flags", 0);
    }

    static Map<String, Object> channel(FakeChannel channel) {
        List<Object> overwrites = new ArrayList<>();
        if (channel.everyoneDeny() != 0 || channel.everyoneAllow() != 0) {
            overwrites.add(obj("id", channel.guildId(), "type", 0, "allow", Long.toString(channel.everyoneAllow()),
                    "deny", Long.toString(channel.everyoneDeny())));
        }
        if (channel.isThread()) {
            return thread(channel);
        }
        Map<String, Object> json = obj("id", channel.id(), "type", channel.type(), "guild_id", channel.guildId(), "name", channel.name(),
                "position", channel.position(), "permission_overwrites", overwrites, "nsfw", false, "parent_id", null,
                "topic", null, "last_message_id", null, "rate_limit_per_user", 0, "flags", 0);
        if (channel.type() == FakeChannel.FORUM) {
            json.put("available_tags", channel.availableTags().stream().map(tag -> (Object) obj("id", tag.id(), "name", tag.name(),
                    "moderated", false, "emoji_id", null, "emoji_name", null)).toList());
            json.put("default_reaction_emoji", null);
            json.put("default_forum_layout", 0);
            json.put("default_thread_rate_limit_per_user", 0);
        }
        return json;
    }

    /** A public thread (type 11) as Discord sends it: in a text or announcement channel, or a forum post. */
    static Map<String, Object> thread(FakeChannel thread) {
        return obj("id", thread.id(), "type", FakeChannel.PUBLIC_THREAD, "guild_id", thread.guildId(), "parent_id", thread.parentId(),
                "owner_id", thread.ownerId(), "name", thread.name(), "applied_tags", thread.appliedTags(), "flags", 0,
                "last_message_id", null, "rate_limit_per_user", 0, "message_count", 0, "member_count", 1,
                "total_message_sent", 0,
                "thread_metadata", obj("archived", false, "auto_archive_duration", 10080, "archive_timestamp", timestamp(),
                        "locked", false, "create_timestamp", timestamp()));
    }

    static Map<String, Object> member(FakeUser user, List<String> roleIds, long permissions) {
        return obj("user", user(user), "roles", roleIds, "joined_at", timestamp(), "nick", null, "avatar", null,
                "premium_since", null, "deaf", false, "mute", false, "flags", 0, "pending", false,
                "communication_disabled_until", null, "permissions", Long.toString(permissions));
    }

    static Map<String, Object> guildCreate(FakeGuild guild, FakeUser bot) {
        List<Object> roles = guild.roles().stream().map(FakeJson::role).map(Object.class::cast).toList();
        List<Object> channels = guild.channels().stream().filter(channel -> !channel.deleted())
                .map(FakeJson::channel).map(Object.class::cast).toList();
        return obj("id", guild.id(), "name", guild.name(), "icon", null, "splash", null, "banner", null,
                "description", null, "owner_id", guild.ownerId(),
                // JDA only knows some AFK timeouts; with 0 the guild setup fails and READY never fires.
                "afk_timeout", 300, "afk_channel_id", null, "system_channel_id", null, "rules_channel_id", null,
                "verification_level", 0, "default_message_notifications", 0, "explicit_content_filter", 0,
                "mfa_level", 0, "nsfw_level", 0, "premium_tier", 0, "premium_subscription_count", 0,
                "preferred_locale", "en-US", "features", List.of(), "vanity_url_code", null, "max_members", 500000,
                "joined_at", timestamp(), "large", false, "unavailable", false, "member_count", 2,
                "roles", roles, "channels", channels, "members", List.of(member(bot, List.of(), guild.everyonePermissions())),
                "threads", guild.threads().stream().filter(thread -> !thread.deleted()).map(FakeJson::thread)
                        .map(Object.class::cast).toList(), "guild_scheduled_events", List.of(), "emojis", List.of(), "stickers", List.of(),
                "voice_states", List.of(), "presences", List.of(), "stage_instances", List.of(),
                "soundboard_sounds", List.of());
    }

    /** A full Message object: JDA refuses the answer to a message request without one. */
    static Map<String, Object> message(String id, String channelId, FakeUser author, JsonNode request,
                                       List<String> fileNames, String applicationId) {
        List<Object> embeds = new ArrayList<>();
        JsonNode requestedEmbeds = request.path("embeds");
        for (JsonNode embed : requestedEmbeds) {
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = (Map<String, Object>) toObject(embed);
            copy.put("type", "rich");
            embeds.add(copy);
        }
        List<Object> attachments = new ArrayList<>();
        for (String fileName : fileNames) {
            String attachmentId = FakeIds.next();
            attachments.add(obj("id", attachmentId, "filename", fileName, "size", 1,
                    "url", "http://127.0.0.1/attachments/" + attachmentId + "/" + fileName,
                    "proxy_url", "http://127.0.0.1/attachments/" + attachmentId + "/" + fileName));
        }
        Map<String, Object> message = obj("id", id, "channel_id", channelId, "author", user(author),
                "content", request.path("content").asText(""), "embeds", embeds, "attachments", attachments,
                "components", components(request.path("components")), "mentions", List.of(), "mention_roles", List.of(), "mention_everyone", false,
                "tts", false, "pinned", false, "type", 0, "timestamp", timestamp(), "edited_timestamp", null,
                "flags", request.path("flags").asInt(0));
        if (applicationId != null) {
            message.put("webhook_id", applicationId);
            message.put("application_id", applicationId);
        }
        return message;
    }

    /** An unfurled media item as Discord answers it: the link the bot gave, and what Discord's proxy made of it. */
    private static void resolve(Map<String, Object> media) {
        Object url = media.get("url");
        media.putIfAbsent("proxy_url", "http://127.0.0.1/media-proxy/" + Math.abs(String.valueOf(url).hashCode()));
        media.putIfAbsent("width", 320);
        media.putIfAbsent("height", 180);
        media.putIfAbsent("content_type", "image/jpeg");
        media.putIfAbsent("loading_state", 2);
        media.putIfAbsent("flags", 0);
    }

    /**
     * The components of a message as Discord stores them: as sent, every component numbered with the
     * unique {@code id} Discord gives those the bot left without one.
     */
    static List<Object> components(JsonNode requested) {
        List<Object> rows = new ArrayList<>();
        int[] next = {1};
        for (JsonNode row : requested) {
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = (Map<String, Object>) toObject(row);
            number(copy, next);
            rows.add(copy);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static void number(Map<String, Object> component, int[] next) {
        component.putIfAbsent("id", next[0]);
        next[0]++;
        if (component.get("accessory") instanceof Map<?, ?> accessory) {
            number((Map<String, Object>) accessory, next);
        }
        if (component.get("media") instanceof Map<?, ?> media) {
            resolve((Map<String, Object>) media);
        }
        if (component.get("components") instanceof List<?> children) {
            for (Object child : children) {
                number((Map<String, Object>) child, next);
            }
        }
    }
}
