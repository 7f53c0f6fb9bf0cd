package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakeFailure;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.RecordedRequest;
import dev.rumourmill.discord.fake.SentInteraction;
import java.util.List;
import dev.rumourmill.discord.fake.RunningBot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
        fake = FakeDiscord.builder()
                .withGuild("Anfield", guild -> guild.withTextChannel("general").withTextChannel("rumours").withTextChannel("doomed"))
                .withGuilds(1)
                .start();
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

    @BeforeEach
    void closeGate() {
        bot.bean(TestCommands.Gate.class).close();
    }

    @AfterEach
    void clearFailures() {
        fake.clearFailures();
        bot.bean(TestCommands.Gate.class).open();
    }

    @Test
    @DisplayName("on start the bot registers all its slash commands globally")
    void registersCommandsGlobally() {
        // GIVEN the bot started without a dev guild
        // WHEN Discord's command list is read
        var names = fake.awaitRegisteredCommandNames(null);

        // THEN every command is there, and nothing was registered per server
        assertThat(names).contains("about", "explode", "slow", "pick", "perms", "chart");
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
    @DisplayName("a command receives its subcommand, options, user, channel and the member's permissions")
    void commandInputCarriesTheInteraction() {
        // GIVEN a moderator in the second server's channel
        var channel = fake.guilds().get(1).channels().get(0);
        var moderator = dev.rumourmill.discord.fake.FakeUser.named("moderator");

        // WHEN they run a subcommand with a number option
        InteractionReply reply = fake.interaction("perms").subcommand("show").option("count", 3).by(moderator).in(channel)
                .withMemberPermissions(dev.rumourmill.discord.fake.FakePermission.MANAGE_GUILD).send().awaitReply();
        InteractionReply plain = fake.interaction("perms").subcommand("show").send().awaitReply();

        // THEN the command saw all of it, and a plain member has no Manage Server
        assertThat(reply.content()).isEqualTo("subcommand=show count=3 manage-server=true user=" + moderator.id()
                + " channel=" + channel.id());
        assertThat(plain.content()).contains("manage-server=false");
    }

    @Test
    @DisplayName("a reply with a file goes out as multipart, with its JSON and the file name")
    void replyWithFile() {
        // GIVEN a command that answers with a PNG
        // WHEN a user runs it
        InteractionReply reply = fake.slashCommand("chart", Map.of());

        // THEN the fake read the payload_json part and the attachment
        assertThat(reply.fileNames()).containsExactly("chart.png");
        assertThat(reply.text()).contains("Contract chart");
        assertThat(reply.allowedMentions().isObject()).isTrue();
    }

    @Test
    @DisplayName("a permission taken away in Discord reaches JDA, which then refuses to post by throwing from queue()")
    void permissionChangeReachesJda() {
        // GIVEN the bot may post in #rumours
        var rumours = fake.guild("Anfield").channel("rumours");
        var jdaChannel = bot.session().shardManager().orElseThrow().getTextChannelById(rumours.id());
        assertThat(jdaChannel.canTalk()).isTrue();

        // WHEN Discord takes Send Messages away from @everyone there
        fake.denyInChannel(rumours, dev.rumourmill.discord.fake.FakePermission.SEND_MESSAGES);

        // THEN JDA learns it, and sending fails locally with InsufficientPermissionException, not via the callback
        fake.await("JDA to see the new permissions", () -> jdaChannel.canTalk() ? java.util.Optional.empty()
                : java.util.Optional.of(true), FakeDiscord.DEFAULT_TIMEOUT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdaChannel.sendMessage("hello").queue())
                .isInstanceOf(net.dv8tion.jda.api.exceptions.InsufficientPermissionException.class);
        assertThat(fake.messagesIn(rumours.id())).isEmpty();
    }

    @Test
    @DisplayName("a channel deleted while the bot runs disappears from JDA, and REST answers Unknown Channel")
    void deletedChannelReachesJda() {
        // GIVEN the bot can see #doomed
        var doomed = fake.guild("Anfield").channel("doomed");
        var shards = bot.session().shardManager().orElseThrow();
        assertThat(shards.getTextChannelById(doomed.id())).isNotNull();

        // WHEN the channel is deleted in Discord
        fake.deleteChannel(doomed, true);

        // THEN JDA forgets it
        fake.await("JDA to forget the channel", () -> shards.getTextChannelById(doomed.id()) == null
                ? java.util.Optional.of(true) : java.util.Optional.empty(), FakeDiscord.DEFAULT_TIMEOUT);
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
        assertThat(reply.allowedMentions().path("parse").isArray()).isTrue();
        assertThat(reply.allowedMentions().path("parse")).isEmpty();
        assertThat(reply.allowedMentions().path("replied_user").asBoolean(true)).isFalse();
        assertThat(reply.allowedMentions().path("roles")).isEmpty();
        assertThat(reply.allowedMentions().path("users")).isEmpty();
    }

    @Test
    @DisplayName("after the gateway connection drops, the bot resumes its session and still answers")
    void survivesGatewayDropByResuming() {
        // GIVEN a connected bot
        int resumesBefore = fake.resumeCount();

        // WHEN the connection is cut like a network failure
        fake.dropGatewayConnection();

        // THEN the bot resumes and /about still works
        fake.await("a resumed session", () -> fake.resumeCount() > resumesBefore ? java.util.Optional.of(true)
                : java.util.Optional.empty(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(fake.slashCommand("about", Map.of()).text()).contains("Version");
    }

    @Test
    @DisplayName("after the gateway drops and forgets the session, the bot identifies afresh and still answers")
    void survivesGatewayDropByReidentifying() {
        // GIVEN a connected bot
        int identifiesBefore = fake.identifyCount();

        // WHEN the connection is cut and the session cannot be resumed
        fake.dropGatewayConnectionAndSession();

        // THEN the bot identifies again and /about still works
        fake.await("a new session", () -> fake.identifyCount() > identifiesBefore ? java.util.Optional.of(true)
                : java.util.Optional.empty(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(fake.slashCommand("about", Map.of()).text()).contains("Version");
    }

    @Test
    @DisplayName("after failed reconnects during a gateway outage, the bot comes back to this server, not Discord's")
    void survivesGatewayOutage() {
        // GIVEN a connected bot, and a gateway that refuses the next two connection attempts
        int sessionsBefore = fake.identifyCount() + fake.resumeCount();
        fake.refuseNextGatewayConnections(2);

        // WHEN the connection drops
        fake.dropGatewayConnection();

        // THEN after the refused attempts the bot reconnects to the fake gateway and still answers
        fake.await("a session after the outage", () -> fake.identifyCount() + fake.resumeCount() > sessionsBefore
                ? java.util.Optional.of(true) : java.util.Optional.empty(), Duration.ofSeconds(60));
        assertThat(fake.refusedGatewayConnections()).isEqualTo(2);
        assertThat(fake.slashCommand("about", Map.of()).text()).contains("Version");
    }

    @Test
    @DisplayName("a 429 with Retry-After on the reply route is waited out and the reply retried")
    void rateLimitIsRetried() {
        // GIVEN Discord rate-limits the next interaction callback
        fake.failNext("POST", "/interactions/.*/callback", FakeFailure.rateLimited(Duration.ofMillis(200)));

        // WHEN a user runs /about
        InteractionReply reply = fake.slashCommand("about", Map.of());

        // THEN the first callback got 429 and the retried one delivered the answer
        assertThat(reply.requests()).extracting(RecordedRequest::status).containsSubsequence(429, 204);
        assertThat(reply.text()).contains("Version");
    }

    @Test
    @DisplayName("a 503 on the reply route is retried and the user still gets the answer")
    void serviceUnavailableIsRetried() {
        // GIVEN Discord answers the next interaction callback with 503
        fake.failNext("POST", "/interactions/.*/callback", FakeFailure.unavailable());

        // WHEN a user runs /about
        InteractionReply reply = fake.slashCommand("about", Map.of());

        // THEN the callback was sent again after the 503
        assertThat(reply.requests()).extracting(RecordedRequest::status).containsSubsequence(503, 204);
        assertThat(reply.text()).contains("Version");
    }

    @Test
    @DisplayName("when Discord fails the edit of a deferred reply with a 500, the user gets a private apology")
    void serverErrorOnDeferredEditLeadsToApology() {
        // GIVEN a deferred slow command, and Discord failing the next edit of @original with 500 (not retried)
        fake.failNext("PATCH", "/webhooks/.*/messages/@original", FakeFailure.serverError());
        SentInteraction sent = fake.interaction("slow").send();
        fake.await("a deferral", () -> sent.requests().stream()
                .filter(request -> request.json().path("type").asInt() == 5).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);

        // WHEN the work finishes and its answer cannot be delivered
        bot.bean(TestCommands.Gate.class).open();
        InteractionReply reply = sent.awaitReply();

        // THEN the visible answer is the private "Something went wrong" follow-up
        assertThat(reply.requests()).anyMatch(request -> request.is("PATCH", "/webhooks/.*/@original") && request.status() == 500);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).startsWith("Something went wrong");
    }

    @Test
    @DisplayName("when a command throws, the user gets a private 'Something went wrong' instead of silence")
    void catchAllAnswers() {
        // GIVEN a command that always throws
        // WHEN a user runs it
        InteractionReply reply = fake.slashCommand("explode", Map.of());

        // THEN the answer is private and apologetic, and reveals nothing of the exception
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).startsWith("Something went wrong").doesNotContain("boom");
    }

    @Test
    @DisplayName("a user error is answered privately")
    void userErrorIsPrivate() {
        // GIVEN a command that rejects a blank player name
        // WHEN a user runs it with a blank name
        InteractionReply reply = fake.slashCommand("pick", Map.of("player", " "));

        // THEN only that user sees the message
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).isEqualTo("Give a player name.");
    }

    @Test
    @DisplayName("a command still working after the deferral delay (1.5 s by default) is deferred, then its answer replaces the 'thinking' message")
    void slowCommandIsDeferred() {
        // GIVEN a command that blocks until the test lets it go
        SentInteraction sent = fake.interaction("slow").send();

        // WHEN the bot has deferred and the work then finishes
        RecordedRequest deferral = fake.await("a deferral", () -> sent.requests().stream()
                .filter(request -> request.json().path("type").asInt() == 5).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        bot.bean(TestCommands.Gate.class).open();

        // THEN the deferral was public and the answer edited @original
        InteractionReply reply = sent.awaitReply();
        assertThat(deferral.json().path("data").path("flags").asInt(0) & 64).isZero();
        assertThat(reply.deferred()).isTrue();
        assertThat(reply.content()).isEqualTo("Finished the slow work.");
        assertThat(reply.allowedMentions().isObject()).isTrue();
    }

    @Test
    @DisplayName("a button click still working after the deferral delay (1.5 s by default) is acknowledged (type 6), then the message is edited")
    void slowClickIsDeferred() {
        // GIVEN a message with a button whose handler blocks until the test lets it go
        SentInteraction command = fake.interaction("buttons").send();
        assertThat(command.awaitReply().buttons()).extracting(b -> b.customId()).containsExactly("slowclick:go");

        // WHEN the button is clicked, the bot acknowledges, and the work then finishes
        SentInteraction click = command.click("slowclick:go");
        fake.await("a deferred update", () -> click.requests().stream()
                .filter(request -> request.json().path("type").asInt() == 6).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        bot.bean(TestCommands.Gate.class).open();

        // THEN the clicked message was edited through @original: new text, no buttons left, nobody pinged
        InteractionReply reply = click.awaitReply();
        assertThat(reply.deferred()).isTrue();
        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.content()).isEqualTo("Clicked after the slow work (go).");
        assertThat(reply.buttons()).isEmpty();
        assertThat(reply.allowedMentions().path("parse")).isEmpty();
    }

    @Test
    @DisplayName("a user error after a public deferral replaces the 'thinking' message with a private follow-up")
    void userErrorAfterDeferralIsPrivate() {
        // GIVEN a slow command that will end in a user error
        SentInteraction sent = fake.interaction("slow").option("mistake", true).send();
        fake.await("a deferral", () -> sent.requests().stream()
                .filter(request -> request.json().path("type").asInt() == 5).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);

        // WHEN the work finishes
        bot.bean(TestCommands.Gate.class).open();
        InteractionReply reply = sent.awaitReply();

        // THEN the public "thinking" message was deleted and the error went out privately
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).isEqualTo("That player is not in the database.");
        assertThat(reply.requests()).anyMatch(request -> request.is("DELETE", "/webhooks/.*/messages/@original"));
    }

    @Test
    @DisplayName("autocomplete answers at most 25 choices of at most 100 characters")
    void autocompleteIsTrimmed() {
        // GIVEN a handler that suggests 40 long names
        // WHEN a user types into the option
        List<dev.rumourmill.discord.fake.AutocompleteChoice> choices = fake.autocomplete("pick", "player", "kon", Map.of());

        // THEN Discord gets 25 choices, each name cut to 100 characters
        assertThat(choices).hasSize(25);
        assertThat(choices).allSatisfy(choice -> assertThat(choice.name()).hasSizeLessThanOrEqualTo(100).startsWith("kon"));
    }
}
