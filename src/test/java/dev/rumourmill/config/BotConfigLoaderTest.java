package dev.rumourmill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotConfigLoaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("bot-config.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    @DisplayName("the bot-config.yml shipped in the repository loads")
    void shippedConfigLoads() {
        BotProperties properties = BotConfigLoader.load(Path.of("bot-config.yml"));

        assertThat(properties.discord().restBaseUrl()).hasToString("https://discord.com/api/v10/");
        assertThat(properties.feeds()).isNotEmpty();
        assertThat(properties.alerts().get(0).clubs()).containsExactly("Liverpool");
        assertThat(properties.storage().url()).isEqualTo("jdbc:h2:file:./data/rumourmill");
    }

    @Test
    @DisplayName("the keys named in the issue bind to typed values")
    void documentedKeysBind() throws IOException {
        // GIVEN the minimal example from the foundation issue
        Path file = write("""
                discord:
                  rest-base-url: http://127.0.0.1:9999/api/v10/
                feeds:
                  - url: https://feeds.bbci.co.uk/sport/football/rss.xml
                    name: BBC Sport football
                    interval: 5m
                alerts:
                  - channel: "123456789012345678"
                    clubs: [Liverpool]
                    kinds: [rumour, confirmed]
                storage:
                  url: jdbc:h2:file:./data/rumourmill
                """);

        // WHEN it is loaded
        BotProperties properties = BotConfigLoader.load(file);

        // THEN every value has its type and defaults fill the rest
        assertThat(properties.discord().restBaseUrl()).hasToString("http://127.0.0.1:9999/api/v10/");
        assertThat(properties.feeds().get(0).interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.alerts().get(0).kinds()).containsExactlyInAnyOrder(AlertKind.RUMOUR, AlertKind.CONFIRMED);
        assertThat(properties.alerts().get(0).pingRole()).isNull();
        assertThat(properties.polling().maxEntryAge()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    @DisplayName("no file at all means safe defaults: no feeds, no alerts, the H2 file database")
    void missingDefaultFileGivesDefaults() {
        BotProperties properties = BotConfigLoader.load(ConfigLocation.resolve(null, java.util.Map.of(), dir));

        assertThat(properties.feeds()).isEmpty();
        assertThat(properties.alerts()).isEmpty();
        assertThat(properties.storage().url()).isEqualTo(StorageProperties.DEFAULT_URL);
    }

    @Test
    @DisplayName("a misspelt key is named with its line and the keys allowed beside it")
    void unknownKeyIsNamed() throws IOException {
        Path file = write("""
                feeds:
                  - url: https://example.com/rss
                    intervall: 5m
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("unknown key 'feeds[0].intervall'")
                .hasMessageContaining("url, name, interval, preview");
    }

    @Test
    @DisplayName("a misspelt section at the top level is refused too")
    void unknownTopLevelKeyIsNamed() throws IOException {
        Path file = write("""
                feedz:
                  - url: https://example.com/rss
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'feedz")
                .hasMessageContaining("discord, feeds, polling, alerts, sources, storage, health");
    }

    @Test
    @DisplayName("a token written into the file is refused with a pointer to DISCORD_TOKEN")
    void tokenInFileIsRefused() throws IOException {
        Path file = write("""
                discord:
                  token: abc.def.ghi
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("discord.token")
                .hasMessageContaining("DISCORD_TOKEN environment variable")
                .hasMessageNotContaining("abc.def.ghi");
    }

    @Test
    @DisplayName("a poll interval under a minute names the key, the value and the fix")
    void tooShortIntervalIsRefused() throws IOException {
        Path file = write("""
                feeds:
                  - url: https://example.com/rss
                    interval: 10s
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("feeds[0].interval = '10s'")
                .hasMessageContaining("use 1m or more");
    }

    @Test
    @DisplayName("a duration that is not a duration says what one looks like")
    void unreadableDurationIsRefused() throws IOException {
        Path file = write("""
                feeds:
                  - url: https://example.com/rss
                    interval: five minutes
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("feeds[0].interval = 'five minutes'")
                .hasMessageContaining("a duration such as 30s, 5m");
    }

    @Test
    @DisplayName("an unknown alert kind lists the kinds there are")
    void unknownKindIsRefused() throws IOException {
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    kinds: [gossip]
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].kinds")
                .hasMessageContaining("gossip")
                .hasMessageContaining("rumour, confirmed, denial");
    }

    @Test
    @DisplayName("ping binds the role and the stages that ping it; left out, nobody is pinged")
    void pingBinds() throws IOException {
        // GIVEN one route pinging at two stages, one with a role and no stages, one with no ping at all
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    ping:
                      role: "223456789012345678"
                      at: [Official, agreed]
                  - channel: "123456789012345679"
                    ping: {role: "223456789012345678"}
                  - channel: "123456789012345670"
                """);

        // WHEN the file is read
        BotProperties properties = BotConfigLoader.load(file);

        // THEN the stages come in the engine's order, and only the first route ever pings
        assertThat(properties.alerts().get(0).pingRole()).isEqualTo("223456789012345678");
        assertThat(properties.alerts().get(0).pingAt()).containsExactly("agreed", "official");
        assertThat(properties.alerts().get(1).pingAt()).isEmpty();
        assertThat(properties.alerts().get(2).pingRole()).isNull();
        assertThat(properties.alerts().get(2).pingAt()).isEmpty();
    }

    @Test
    @DisplayName("post.style binds embed or components; left out, alerts are embeds")
    void postStyleBinds() throws IOException {
        // GIVEN one route in components, one asking for embeds, one without post
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {style: components}
                  - channel: "123456789012345679"
                    post:
                      style: embed
                  - channel: "123456789012345670"
                """);

        // WHEN the file is read
        BotProperties properties = BotConfigLoader.load(file);

        // THEN each route has its form, the embed by default
        assertThat(properties.alerts()).extracting(AlertRouteProperties::style)
                .containsExactly(AlertStyle.COMPONENTS, AlertStyle.EMBED, AlertStyle.EMBED);
    }

    @Test
    @DisplayName("an unknown post.style names the nested key and the forms there are")
    void badPostStyleIsRefused() throws IOException {
        Path badValue = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {style: cards}
                """);
        assertThatThrownBy(() -> BotConfigLoader.load(badValue))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].post.style")
                .hasMessageContaining("cards")
                .hasMessageContaining("embed, components");
    }

    @Test
    @DisplayName("post.as binds each target; left out, alerts are channel messages")
    void postAsBinds() throws IOException {
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {as: thread}
                  - channel: "123456789012345679"
                    post:
                      as: FORUM
                  - channel: "123456789012345670"
                    post: {as: announcement}
                  - channel: "123456789012345671"
                """);

        BotProperties properties = BotConfigLoader.load(file);

        assertThat(properties.alerts()).extracting(AlertRouteProperties::postAs)
                .containsExactly(PostAs.THREAD, PostAs.FORUM, PostAs.ANNOUNCEMENT, PostAs.MESSAGE);
    }

    @Test
    @DisplayName("an unknown post.as lists the targets there are; a misspelt key under post lists the keys")
    void unknownPostAsIsRefused() throws IOException {
        Path wrongValue = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {as: sideways}
                """);
        assertThatThrownBy(() -> BotConfigLoader.load(wrongValue))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].post.as")
                .hasMessageContaining("sideways")
                .hasMessageContaining("message, thread, forum, announcement");

        Path wrongKey = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {as: thread, tags: off}
                """);
        assertThatThrownBy(() -> BotConfigLoader.load(wrongKey))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'alerts[0].post.tags'")
                .hasMessageContaining("allowed here: style, digest, max-per-hour, as");
    }

    @Test
    @DisplayName("an unknown ping stage lists the stages there are")
    void unknownPingStageIsRefused() throws IOException {
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    ping: {role: "223456789012345678", at: [agreed, signed]}
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].ping.at = 'signed'")
                .hasMessageContaining("interest, talks, bid, agreed, medical, official, denied");
    }

    @Test
    @DisplayName("post.digest binds a schedule in its written form; left out, the route posts single alerts")
    void digestBinds() throws IOException {
        // GIVEN one route with a daily digest and one without post
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    post:
                      digest: "daily 18:00 Europe/London"
                  - channel: "123456789012345679"
                """);

        // WHEN the file is read
        BotProperties properties = BotConfigLoader.load(file);

        // THEN the first route has the schedule, the second none
        assertThat(properties.alerts().get(0).post().digestSchedule().text()).isEqualTo("daily 18:00 Europe/London");
        assertThat(properties.alerts().get(1).post().digestSchedule()).isNull();
    }

    @Test
    @DisplayName("a digest without a time zone is refused under alerts[0].post.digest, with the form to use")
    void badDigestIsRefused() throws IOException {
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {digest: "daily 18:00"}
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].post.digest = 'daily 18:00'")
                .hasMessageContaining("Europe/London");
    }

    @Test
    @DisplayName("a misspelt key under post or ping is refused with the keys allowed there, also when nothing else binds")
    void misspeltNestedKeyIsRefused() throws IOException {
        Path post = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {digets: "daily 18:00 UTC"}
                """);
        assertThatThrownBy(() -> BotConfigLoader.load(post))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bot-config.yml line 3: unknown key 'alerts[0].post.digets'")
                .hasMessageContaining("keys allowed here: style, digest, max-per-hour");

        Path ping = write("""
                alerts:
                  - channel: "123456789012345678"
                    ping: {rol: "223456789012345678"}
                """);
        assertThatThrownBy(() -> BotConfigLoader.load(ping))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'alerts[0].ping.rol'")
                .hasMessageContaining("role, at");
    }

    @Test
    @DisplayName("ping stages without a role ask for the role")
    void pingAtNeedsARole() throws IOException {
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    ping: {at: [agreed]}
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].ping.at")
                .hasMessageContaining("ping.role");
    }

    @Test
    @DisplayName("a role that is not a snowflake is refused under its nested key")
    void badPingRoleIsRefused() throws IOException {
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    ping: {role: "@Transfer Fans", at: [agreed]}
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].ping.role = '@Transfer Fans'");
    }

    @Test
    @DisplayName("max-per-hour binds inside post; the top-level key of earlier versions says where it went")
    void maxPerHourLivesInPost() throws IOException {
        // GIVEN one route with the cap in post, one without
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {max-per-hour: 5}
                  - channel: "123456789012345679"
                """);

        // WHEN it is read, and then the old form
        BotProperties properties = BotConfigLoader.load(file);
        Path old = write("""
                alerts:
                  - channel: "123456789012345678"
                    max-per-hour: 5
                """);

        // THEN the cap is read where it is written, 30 by default, and the old form is refused with the new one
        assertThat(properties.alerts().get(0).maxPerHour()).isEqualTo(5);
        assertThat(properties.alerts().get(1).maxPerHour()).isEqualTo(30);
        assertThatThrownBy(() -> BotConfigLoader.load(old))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'alerts[0].max-per-hour'")
                .hasMessageContaining("post: {max-per-hour: 30}");
    }

    @Test
    @DisplayName("a cap below one names the nested key")
    void maxPerHourBelowOneIsRefused() throws IOException {
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    post: {max-per-hour: 0}
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].post.max-per-hour = '0'");
    }

    @Test
    @DisplayName("the keys of earlier versions, ping-role and ping-at, are refused with the new way to write them")
    void oldPingKeysSayWhereTheyMoved() throws IOException {
        // GIVEN a route written as before ping was one key
        Path file = write("""
                alerts:
                  - channel: "123456789012345678"
                    ping-role: "223456789012345678"
                    ping-at: [agreed]
                """);

        // WHEN it is read, THEN both old keys are named with the line and the new form
        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'alerts[0].ping-role'")
                .hasMessageContaining("unknown key 'alerts[0].ping-at'")
                .hasMessageContaining("ping: {role:");
    }

    @Test
    @DisplayName("a channel id that is not a snowflake says how to copy one")
    void badChannelIdIsRefused() throws IOException {
        Path file = write("""
                alerts:
                  - channel: "#transfers"
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts[0].channel = '#transfers'")
                .hasMessageContaining("Copy ID");
    }

    @Test
    @DisplayName("a feed url that is not http(s) is refused")
    void nonHttpFeedIsRefused() throws IOException {
        Path file = write("""
                feeds:
                  - url: file:///etc/passwd
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("feeds[0].url = 'file:///etc/passwd'")
                .hasMessageContaining("http://");
    }

    @Test
    @DisplayName("a storage url for an unsupported database names both supported ones")
    void unsupportedDatabaseIsRefused() throws IOException {
        Path file = write("""
                storage:
                  url: jdbc:mysql://localhost/bot
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("storage.url = 'jdbc:mysql://localhost/bot'")
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    @DisplayName("an unknown source tier lists the tiers")
    void badTierIsRefused() throws IOException {
        Path file = write("""
                sources:
                  tiers:
                    - name: Some Blog
                      tier: 7
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources.tiers[0].tier = '7'")
                .hasMessageContaining("official, 1, 2, 3, 4 or aggregator");
    }

    @Test
    @DisplayName("sources.learn-tiers is off unless set, and a value that is not true or false is refused")
    void learnTiersIsOptIn() throws IOException {
        assertThat(BotConfigLoader.load(write("sources:\n  tiers: []\n")).sources().learnTiers()).isFalse();
        assertThat(BotConfigLoader.load(write("sources:\n  learn-tiers: true\n")).sources().learnTiers()).isTrue();

        assertThatThrownBy(() -> BotConfigLoader.load(write("sources:\n  learn-tiers: sometimes\n")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources.learn-tiers");
        assertThatThrownBy(() -> BotConfigLoader.load(write("sources:\n  learn-tier: true\n")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("learn-tier");
    }

    @Test
    @DisplayName("broken YAML is reported as YAML with a hint, not a stack trace")
    void brokenYamlIsExplained() throws IOException {
        Path file = write("feeds:\n\t- url: https://example.com/rss\n");

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not valid YAML")
                .hasMessageContaining("never tabs");
    }

    @Test
    @DisplayName("--config naming a missing file is an error, not silently the defaults")
    void missingExplicitFileIsAnError() {
        assertThatThrownBy(() -> ConfigLocation.resolve(dir.resolve("nope.yml"), java.util.Map.of(), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.yml")
                .hasMessageContaining("--config");
    }

    @Test
    @DisplayName("RUMOURMILL_CONFIG is used when --config is not given")
    void environmentVariableNamesTheFile() throws IOException {
        Path file = write("feeds: []\n");

        assertThat(ConfigLocation.resolve(null, java.util.Map.of("RUMOURMILL_CONFIG", file.toString()), Path.of("/")))
                .contains(file);
    }

    @Test
    @DisplayName("a feed's guilds: list names the servers it belongs to; without it, it belongs to every server")
    void feedGuilds() throws IOException {
        // GIVEN one feed for one server and one for all
        Path file = write("""
                feeds:
                  - url: https://one.example/rss
                    guilds: ["123456789012345678"]
                  - url: https://all.example/rss
                """);

        // WHEN it is loaded THEN the first names its server and the second none
        BotProperties properties = BotConfigLoader.load(file);
        assertThat(properties.feeds().get(0).guilds()).containsExactly("123456789012345678");
        assertThat(properties.feeds().get(1).guilds()).isEmpty();
        assertThatThrownBy(() -> BotConfigLoader.load(write("feeds:\n  - url: https://one.example/rss\n    guilds: [general]\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("guilds");
    }
}
