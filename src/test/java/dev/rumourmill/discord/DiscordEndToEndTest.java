package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakeFailure;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.RunningBot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The whole bot with real JDA against the loopback fake Discord: one fake and one bot for all tests here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordEndToEndTest {

    private FakeDiscord fake;
    private RunningBot bot;

    @BeforeAll
    void startBot() {
        fake = FakeDiscord.builder().withGuilds(2).start();
        bot = RunningBot.against(fake)
                .withFeed("https://news.example.org/football.rss")
                .withFeed("https://other.example.org/transfers.atom")
                .withProperty(TestCommands.ENABLED)
                .start();
    }

    @AfterAll
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
        fake.close();
    }

    @AfterEach
    void clearFailures() {
        fake.clearFailures();
    }

    @Test
    @DisplayName("on start the bot registers all its slash commands globally")
    void registersCommandsGlobally() {
        // GIVEN the bot started without a dev guild
        // WHEN Discord's command list is read
        var names = fake.awaitRegisteredCommandNames(null);

        // THEN every command is there, and nothing was registered per server
        assertThat(names).contains("about", "explode", "slow", "pick");
        assertThat(fake.registeredCommands(fake.defaultGuild().id())).isEmpty();
    }

    @Test
    @DisplayName("/about answers with the version, uptime, feeds watched and server count")
    void aboutAnswers() {
        // GIVEN the bot in two servers watching two feeds
        // WHEN a user runs /about
        InteractionReply reply = fake.slashCommand("about", Map.of());

        // THEN the public answer names all four facts
        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.text()).contains("Version").contains("Uptime")
                .contains("Feeds watched\n2").contains("Servers\n2");
    }

    @Test
    @DisplayName("a reply sets allowed_mentions explicitly, so even @everyone in a reply pings nobody")
    void replySetsAllowedMentions() {
        // GIVEN a command whose text contains a role mention and @everyone
        // WHEN it answers
        InteractionReply reply = fake.slashCommand("pick", Map.of("player", "Konaté"));

        // THEN allowed_mentions is present and allows nothing
        assertThat(reply.content()).contains("@everyone");
        assertThat(reply.allowedMentions().isObject()).isTrue();
        assertThat(reply.allowedMentions().path("parse")).isEmpty();
        assertThat(reply.allowedMentions().path("roles")).isEmpty();
        assertThat(reply.allowedMentions().path("users")).isEmpty();
    }
}
