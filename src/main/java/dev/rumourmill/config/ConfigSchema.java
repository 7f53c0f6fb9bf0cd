package dev.rumourmill.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.unit.DataSize;

/**
 * Describes the shape of bot-config.yml from the records themselves, so that error messages can list
 * the keys allowed beside a misspelt one and say what a value should look like.
 */
final class ConfigSchema {

    private ConfigSchema() {
    }

    /** Where a key stops matching the schema: the unknown part and the keys allowed there instead. */
    record UnknownKey(String key, String allowed) {
    }

    /** For {@code feeds[0].intervall}: key {@code feeds[0].intervall}, allowed "url, name, interval, preview". */
    static UnknownKey locate(String key) {
        String[] parts = key.split("\\.");
        Type type = BotProperties.class;
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String plain = part.replaceAll("\\[\\d+]", "");
            path.append(path.length() == 0 ? "" : ".").append(part);
            type = elementType(type);
            if (!(type instanceof Class<?> record) || !record.isRecord()) {
                return new UnknownKey(key, "(see the commented example in bot-config.yml)");
            }
            Type next = componentType(record, plain);
            if (next == null) {
                String allowed = Arrays.stream(record.getRecordComponents())
                        .map(c -> dashed(c.getName()))
                        .collect(Collectors.joining(", "));
                return new UnknownKey(path.toString().replaceAll("\\[\\d+]$", ""), allowed);
            }
            type = next;
        }
        return new UnknownKey(key, "(see the commented example in bot-config.yml)");
    }

    /**
     * The unknown part of a key the binder let through, if the records say it is unknown: Spring's unbound-key
     * check misses a nested group in which no key binds ({@code ping: {rol: ...}}, {@code post: {digets: ...}}).
     * Only keys under records are judged; a map's keys (e.g. {@code sources.tiers}) are anyone's.
     */
    static java.util.Optional<UnknownKey> unknownPart(String key) {
        Type type = BotProperties.class;
        for (String part : key.split("\\.")) {
            type = elementType(type);
            if (!(type instanceof Class<?> record) || !record.isRecord()) {
                return java.util.Optional.empty();
            }
            type = componentType(record, part.replaceAll("\\[\\d+]", ""));
            if (type == null) {
                return java.util.Optional.of(locate(key));
            }
            if (type instanceof ParameterizedType parameterized && Map.class.equals(parameterized.getRawType())) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** The fix for a key an earlier version read and this one writes elsewhere, if {@code key} is one. */
    static java.util.Optional<String> moved(String key) {
        if (key.matches("alerts\\[\\d+]\\.ping-(role|at)")) {
            return java.util.Optional.of("ping-role and ping-at are now written together as ping: {role: \"<role id>\", "
                    + "at: [agreed, official]}");
        }
        if (key.matches("alerts\\[\\d+]\\.max-per-hour")) {
            return java.util.Optional.of("max-per-hour now goes in the route's post group: post: {max-per-hour: 30}");
        }
        return java.util.Optional.empty();
    }

    static String describe(Class<?> type) {
        if (Duration.class.equals(type)) {
            return "a duration such as 30s, 5m, 2h or 1d";
        }
        if (DataSize.class.equals(type)) {
            return "a size such as 512KB or 5MB";
        }
        if (URI.class.equals(type)) {
            return "a full URL such as https://example.com/feed.xml";
        }
        if (Integer.class.equals(type) || int.class.equals(type)) {
            return "a whole number";
        }
        if (Double.class.equals(type) || double.class.equals(type)) {
            return "a number such as 0.5";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "a value like the commented example in bot-config.yml";
    }

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            Type[] args = parameterized.getActualTypeArguments();
            return args[args.length - 1];
        }
        return type;
    }

    private static Type componentType(Class<?> record, String dashedName) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (dashed(component.getName()).equals(dashedName)) {
                return component.getGenericType();
            }
        }
        return null;
    }

    private static String dashed(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
