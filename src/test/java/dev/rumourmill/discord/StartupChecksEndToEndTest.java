package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakeFailure;
import dev.rumourmill.discord.fake.FakeGuild;
import dev.rumourmill.discord.fake.FakePermission;
import dev.rumourmill.discord.fake.RunningBot;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Start-up checks that do not stop the bot: each problem becomes one warning naming the fix. */
class StartupChecksEndToEndTest {

    @Test
    @DisplayName("a configured alert channel where the bot lacks a permission is reported with that permission and channel")
    void missingPermissionInAlertChannel() {
        // GIVEN alert channels: one fine, one without Embed Links, one deleted, and an admin channel without Send Messages
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Anfield", guild -> guild
                .withTextChannel("rumours")
                .withTextChannel("no-embeds", FakePermission.EMBED_LINKS)
                .withTextChannel("gone")
                .withTextChannel("admins", FakePermission.SEND_MESSAGES)).start()) {
            FakeGuild anfield = fake.guild("Anfield");
            FakeChannel gone = anfield.channel("gone");
            fake.deleteChannel(gone, false);

            // WHEN the bot starts with those channels configured
            try (RunningBot bot = RunningBot.against(fake)
                    .withAlertChannel(anfield.channel("rumours").id())
                    .withAlertChannel(anfield.channel("no-embeds").id())
                    .withAlertChannel(gone.id())
                    .withAdminChannel(anfield.channel("admins").id())
                    .start()) {

                // THEN there is one warning per problem, naming the permission, channel and config key
                var warnings = bot.bean(DiscordStartupFindings.class).warnings();
                assertThat(warnings).hasSize(3);
                assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                        .contains("'Embed Links'").contains("#no-embeds").contains("alerts[1].channel").contains("Anfield"));
                assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                        .contains("cannot see channel " + gone.id()).contains("alerts[2].channel"));
                assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                        .contains("'Send Messages'").contains("#admins").contains("discord.admin-channel"));
                assertThat(warnings).noneMatch(warning -> warning.contains("#rumours"));
                // and the bot runs anyway
                assertThat(fake.slashCommand("about", Map.of()).text()).contains("Version");
            }
        }
    }

    @Test
    @DisplayName("with a dev guild, commands are registered in that server only")
    void devGuildRegistration() {
        // GIVEN two servers, one of them the dev guild
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Dev", guild -> { }).withGuild("Fans", guild -> { }).start()) {
            String dev = fake.guild("Dev").id();

            // WHEN the bot starts with discord.dev-guild set
            try (RunningBot bot = RunningBot.against(fake).withDevGuild(dev).start()) {

                // THEN the commands appear in the dev guild at once, and nothing is registered globally or elsewhere
                assertThat(fake.awaitRegisteredCommandNames(dev)).contains("about");
                assertThat(fake.requests("PUT", "/applications/\\d+/commands")).isEmpty();
                assertThat(fake.registeredCommands(fake.guild("Fans").id())).isEmpty();
                assertThat(bot.bean(DiscordStartupFindings.class).warnings()).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("a bot invited without the applications.commands scope is told the invite URL that fixes it")
    void missingCommandsScope() {
        // GIVEN Discord refuses command registration in the dev guild with Missing Access (50001)
        try (FakeDiscord fake = FakeDiscord.start()) {
            String dev = fake.defaultGuild().id();
            fake.failAlways("PUT", "/applications/\\d+/guilds/\\d+/commands", FakeFailure.missingAccess());

            // WHEN the bot starts
            try (RunningBot bot = RunningBot.against(fake).withDevGuild(dev).start()) {

                // THEN a warning gives the invite URL with both scopes, the permissions and that server
                String warning = fake.await("the missing-scope warning", () -> bot.bean(DiscordStartupFindings.class)
                        .warnings().stream().filter(w -> w.contains("applications.commands")).findFirst(),
                        FakeDiscord.DEFAULT_TIMEOUT);
                assertThat(warning).contains("https://discord.com/oauth2/authorize?client_id=" + fake.applicationId())
                        .contains("scope=bot+applications.commands").contains("permissions=")
                        .contains("guild_id=" + dev);
            }
        }
    }
}
