package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rumourmill.discord.fake.AutocompleteChoice;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakePermission;
import dev.rumourmill.discord.fake.FakeUser;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.RunningBot;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /alerts through real JDA and the loopback fake Discord. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsCommandEndToEndTest {

    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel transfers;
    private FakeChannel other;
    private FakeChannel news;
    private final FakeUser admin = FakeUser.named("admin");
    private final FakeUser fan = FakeUser.named("fan");

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("transfers").withTextChannel("other").withTextChannel("news")).start();
        transfers = fake.guild("Kop").channel("transfers");
        other = fake.guild("Kop").channel("other");
        news = fake.guild("Kop").channel("news");
        bot = RunningBot.against(fake).start();
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        fake.close();
    }

    private InteractionReply asAdmin(String subcommand, String option, Object value, FakeChannel channel) {
        var interaction = fake.interaction("alerts").subcommand(subcommand).by(admin).in(channel)
                .withMemberPermissions(FakePermission.MANAGE_GUILD);
        if (option != null) {
            interaction.option(option, value);
        }
        return interaction.send().awaitReply();
    }

    @Test
    @DisplayName("/alerts is registered for server managers only")
    void registeredForManagers() {
        // the bot registers its commands once it is ready: wait for that before reading them
        fake.awaitRegisteredCommandNames(null);
        JsonNode alerts = fake.registeredCommands(null).stream()
                .filter(c -> c.path("name").asText().equals("alerts")).findFirst().orElseThrow();
        assertThat(alerts.path("default_member_permissions").asText()).isEqualTo(String.valueOf(1L << 5));
        assertThat(alerts.path("options")).extracting(o -> o.path("name").asText())
                .containsExactly("follow", "unfollow", "pings", "digest", "list", "test");
    }

    @Test
    @DisplayName("a manager follows a club, sees it listed, and unfollows it; every answer is private")
    void followListUnfollow() {
        InteractionReply followed = asAdmin("follow", "club", "Liverpool", transfers);
        InteractionReply listed = asAdmin("list", null, null, transfers);
        InteractionReply unfollowed = asAdmin("unfollow", "club", "Liverpool", transfers);

        assertThat(followed.content()).isEqualTo("This channel now follows Liverpool.");
        assertThat(followed.ephemeral()).isTrue();
        assertThat(listed.content()).contains("From /alerts: clubs Liverpool").contains("no pings");
        assertThat(unfollowed.content()).isEqualTo("This channel no longer follows Liverpool.");
        assertThat(asAdmin("list", null, null, transfers).content()).contains("receives no alerts");
    }

    @Test
    @DisplayName("a member without Manage Server is refused privately even if the server showed them the command")
    void nonManagerIsRefused() {
        InteractionReply reply = fake.interaction("alerts").subcommand("follow").option("everything", true)
                .by(fan).in(other).send().awaitReply();

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("Only members with the Manage Server permission");
        assertThat(asAdmin("list", null, null, other).content()).contains("receives no alerts");
    }

    @Test
    @DisplayName("naming both a club and a player is a clear private error")
    void exactlyOneTarget() {
        InteractionReply reply = fake.interaction("alerts").subcommand("follow").option("club", "Liverpool")
                .option("player", "Someone").by(admin).in(other).withMemberPermissions(FakePermission.MANAGE_GUILD)
                .send().awaitReply();

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).isEqualTo("Choose exactly one of club, player or everything.");
    }

    @Test
    @DisplayName("/alerts test posts a sample alert in the channel through the outbox")
    void testAlertArrives() {
        InteractionReply reply = asAdmin("test", null, null, other);

        assertThat(reply.content()).contains("A test alert is on its way");
        var message = fake.awaitMessagesIn(other.id(), 1).get(0);
        assertThat(message.embeds().get(0).path("title").asText()).contains("Test alert");
        assertThat(message.allowedMentions().path("parse")).isEmpty();
    }

    @Test
    @DisplayName("follow suggests players from the contract data and stores the picked player's full name")
    void followPlayerFromSuggestions() {
        List<AutocompleteChoice> choices = fake.interaction("alerts").subcommand("follow").by(admin).in(other)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).autocomplete("player", "konat").awaitChoices();
        AutocompleteChoice konate = choices.stream().filter(c -> c.name().startsWith("Ibrahima Konaté")).findFirst()
                .orElseThrow();

        InteractionReply reply = asAdmin("follow", "player", konate.value(), other);

        assertThat(reply.content()).isEqualTo("This channel now follows Ibrahima Konaté.");
        asAdmin("unfollow", "player", "konate", other);
        assertThat(asAdmin("list", null, null, other).content()).doesNotContain("Konaté");
    }

    @Test
    @DisplayName("unfollow suggests what the channel follows")
    void unfollowAutocomplete() {
        asAdmin("follow", "player", "Tomas Brennan", transfers);

        List<AutocompleteChoice> choices = fake.interaction("alerts").subcommand("unfollow").by(admin).in(transfers)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).autocomplete("player", "bren").awaitChoices();

        assertThat(choices).extracting(AutocompleteChoice::name).containsExactly("Tomas Brennan");
        asAdmin("unfollow", "player", "Tomas Brennan", transfers);
    }

    @Test
    @DisplayName("/alerts pings sets the role and the stages that mention it, refuses an unknown stage, and turns off")
    void pingsAtStages() {
        // GIVEN a channel following Liverpool through /alerts
        asAdmin("follow", "club", "Liverpool", news);

        // WHEN a manager asks for a ping when a story is agreed or official
        InteractionReply set = fake.interaction("alerts").subcommand("pings").option("role", "423456789012345678")
                .option("at", "official, agreed").by(admin).in(news).withMemberPermissions(FakePermission.MANAGE_GUILD)
                .send().awaitReply();

        // THEN the answer and the list say so, in stage order
        assertThat(set.ephemeral()).isTrue();
        assertThat(set.content()).isEqualTo("Alerts here mention <@&423456789012345678> once per story, when it reaches "
                + "agreed or official.");
        assertThat(asAdmin("list", null, null, news).content()).contains("pings <@&423456789012345678> at agreed, official");

        // WHEN a stage is misspelt THEN the stages there are are listed and nothing changes
        InteractionReply wrong = asAdmin("pings", "at", "signed", news);
        assertThat(wrong.content()).contains("signed").contains("interest, talks, bid, agreed, medical, official, denied");
        assertThat(asAdmin("list", null, null, news).content()).contains("at agreed, official");

        // WHEN no stages are given THEN nobody is mentioned any more
        assertThat(asAdmin("pings", null, null, news).content()).isEqualTo("Alerts here mention nobody now.");
        assertThat(asAdmin("list", null, null, news).content()).contains("no pings");
        asAdmin("unfollow", "everything", true, news);
    }
}
