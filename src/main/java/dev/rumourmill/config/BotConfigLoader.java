package dev.rumourmill.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads bot-config.yml into {@link BotProperties}. Every problem becomes one {@link ConfigException}
 * whose message names the key, the bad value, the line and the fix: the person reading it edits YAML,
 * not Java.
 */
public final class BotConfigLoader {

    /** Keys are bound under this private prefix so that nothing else in the environment can leak in. */
    private static final String ROOT = "bot";

    private BotConfigLoader() {
    }

    public static BotProperties load(Optional<Path> file) {
        return file.map(BotConfigLoader::load).orElseGet(BotProperties::defaults);
    }

    public static BotProperties load(Path file) {
        String fileName = file.getFileName().toString();
        ConfigFileLimits.check(file, fileName);
        List<PropertySource<?>> sources = parse(file, fileName);
        ConfigurationPropertySource source = prefixed(sources);
        Binder binder = new Binder(List.of(source), null, ApplicationConversionService.getSharedInstance());
        try {
            BotProperties properties = binder.bind(ROOT, Bindable.of(BotProperties.class),
                    new NoUnboundElementsBindHandler(BindHandler.DEFAULT)).orElseGet(BotProperties::defaults);
            refuseUnknownNestedKeys(fileName, source);
            return properties;
        } catch (BindException e) {
            throw new ConfigException(explain(fileName, source, e));
        }
    }

    private static List<PropertySource<?>> parse(Path file, String fileName) {
        try {
            return new YamlPropertySourceLoader().load(fileName, new FileSystemResource(file));
        } catch (IOException | RuntimeException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            throw new ConfigException(fileName + " is not valid YAML: " + problem.replaceAll("\\s+", " ")
                    + ". Fix: indent with spaces (never tabs), put a space after each colon, and quote values "
                    + "that contain ': ' or start with '@', '*' or '&'.");
        }
    }

    private static ConfigurationPropertySource prefixed(List<PropertySource<?>> sources) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertySource<?> ps : sources) {
            if (ps instanceof OriginTrackedMapPropertySource map) {
                map.getSource().forEach((key, value) -> values.put(ROOT + "." + key, value));
            }
        }
        List<ConfigurationPropertySource> adapted = new ArrayList<>();
        ConfigurationPropertySources.from(new OriginTrackedMapPropertySource("bot-config", values, true))
                .forEach(adapted::add);
        return adapted.get(0);
    }

    private static String explain(String fileName, ConfigurationPropertySource source, BindException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof UnboundConfigurationPropertiesException unbound) {
                return unknownKeys(fileName, unbound);
            }
            if (cause instanceof InvalidConfigException invalid) {
                String key = join(relative(e.getName()), invalid.key());
                return fileName + lineOf(source, key) + ": " + key + " = '" + invalid.value() + "' is not valid. Fix: "
                        + invalid.fix() + ".";
            }
            if (cause instanceof ConversionFailedException conversion) {
                return badValue(fileName, e, conversion);
            }
            cause = cause.getCause();
        }
        ConfigurationProperty property = e.getProperty();
        String key = relative(e.getName());
        String value = property == null ? "" : String.valueOf(property.getValue());
        return fileName + lineOf(property) + ": " + key + " = '" + value + "' could not be read ("
                + rootMessage(e) + "). Fix: compare it with the commented example in bot-config.yml.";
    }

    /** What Spring's unbound-key check misses: a nested group (ping, post) in which no key binds. */
    private static void refuseUnknownNestedKeys(String fileName, ConfigurationPropertySource source) {
        if (source instanceof IterableConfigurationPropertySource keys) {
            List<String> unknown = keys.stream()
                    .filter(name -> ConfigSchema.unknownPart(relative(name)).isPresent())
                    .map(name -> fileName + lineOf(source.getConfigurationProperty(name)) + ": unknown key '"
                            + ConfigSchema.locate(relative(name)).key() + "'. Fix: check the spelling or remove it; keys "
                            + "allowed here: " + ConfigSchema.locate(relative(name)).allowed() + ".")
                    .distinct().toList();
            if (!unknown.isEmpty()) {
                throw new ConfigException(String.join(System.lineSeparator(), unknown));
            }
        }
    }

    private static String unknownKeys(String fileName, UnboundConfigurationPropertiesException unbound) {
        Map<String, String> messages = new LinkedHashMap<>();
        unbound.getUnboundProperties().stream()
                .sorted(java.util.Comparator.comparing(p -> lineNumber(p)))
                .forEach(p -> {
                    ConfigSchema.UnknownKey unknown = ConfigSchema.locate(relative(p.getName()));
                    String key = unknown.key();
                    String hint = key.equals("discord.token")
                            ? "the token is never read from the file: remove this line and set the DISCORD_TOKEN environment variable instead"
                            : key.equals("storage.password")
                                    ? "the password is never read from the file: remove this line and set RUMOURMILL_DB_PASSWORD instead"
                                    : ConfigSchema.moved(key).orElse("check the spelling or remove it; keys allowed here: " + unknown.allowed());
                    messages.putIfAbsent(key, fileName + lineOf(p) + ": unknown key '" + key + "'. Fix: " + hint + ".");
                });
        return String.join(System.lineSeparator(), messages.values());
    }

    private static String badValue(String fileName, BindException e, ConversionFailedException conversion) {
        String key = relative(e.getName());
        String value = String.valueOf(conversion.getValue());
        String expected = ConfigSchema.describe(conversion.getTargetType().getType());
        return fileName + lineOf(e.getProperty()) + ": " + key + " = '" + value + "' is not valid. Fix: use "
                + expected + ".";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String relative(ConfigurationPropertyName name) {
        String full = name.toString();
        return full.equals(ROOT) ? "" : full.substring(ROOT.length() + 1);
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    private static String lineOf(ConfigurationPropertySource source, String relativeKey) {
        ConfigurationPropertyName name = ConfigurationPropertyName.adapt(join(ROOT, relativeKey), '.');
        return lineOf(source.getConfigurationProperty(name));
    }

    private static String lineOf(ConfigurationProperty property) {
        int line = lineNumber(property);
        return line < 0 ? "" : " line " + line;
    }

    private static int lineNumber(ConfigurationProperty property) {
        Origin origin = property == null ? null : property.getOrigin();
        while (origin != null && !(origin instanceof TextResourceOrigin)) {
            origin = origin instanceof PropertySourceOrigin source && source.getOrigin() != null
                    ? source.getOrigin() : origin.getParent();
        }
        if (origin instanceof TextResourceOrigin text && text.getLocation() != null) {
            return text.getLocation().getLine() + 1;
        }
        return -1;
    }
}
