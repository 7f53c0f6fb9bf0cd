package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.AutocompleteChoice;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.RunningBot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /contract, /expiring and /squad-contracts through real JDA and the loopback fake Discord, answering from
 * the SAMPLE DATA set (loaded because the database starts empty), with the bot's clock at 10 January 2026.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractCommandsEndToEndTest {

    private FakeDiscord fake;
    private RunningBot bot;

    @BeforeAll
    void startBot() {
        fake = FakeDiscord.builder().withGuild("Anfield", guild -> guild.withTextChannel("general")).start();
        bot = RunningBot.against(fake).withProperty(TestClockConfiguration.PROPERTY + "=2026-01-10T12:00:00Z").start();
    }

    @AfterAll
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
        fake.close();
    }

    @Test
    @DisplayName("the three contract commands are registered with Discord")
    void registered() {
        assertThat(fake.awaitRegisteredCommandNames(null)).contains("contract", "expiring", "squad-contracts");
    }

    @Test
    @DisplayName("/contract player:konate answers publicly with club, expiry, relative time, pre-contract status and source")
    void konate() {
        // WHEN a fan asks about konate (typed without the accent)
        InteractionReply reply = fake.slashCommand("contract", Map.of("player", "konate"));

        // THEN the embed has everything, marked as sample data
        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.text()).contains("Ibrahima Konaté").contains("Liverpool").contains("30 June 2026")
                .contains("<t:1782864000:R>")
                .contains("pre-contract with a club in another country possible since 1 January 2026")
                .contains("SAMPLE DATA").contains("as of 2025-11-01");
    }

    @Test
    @DisplayName("/contract player:xyzzy answers 'not found' to the user only")
    void unknownPlayer() {
        InteractionReply reply = fake.slashCommand("contract", Map.of("player", "xyzzy"));

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).startsWith("No player called 'xyzzy' found.");
    }

    @Test
    @DisplayName("player autocomplete finds nicknames and returns at most 25 choices of at most 100 characters")
    void playerAutocomplete() {
        // WHEN a fan types a nickname, then a single letter
        List<AutocompleteChoice> ibou = fake.autocomplete("contract", "player", "ibou", Map.of());
        List<AutocompleteChoice> s = fake.autocomplete("contract", "player", "s", Map.of());

        // THEN the nickname finds Konaté, with his id as the value, and the broad one is within Discord's limits
        assertThat(ibou).singleElement().satisfies(choice -> {
            assertThat(choice.name()).isEqualTo("Ibrahima Konaté · Liverpool");
            assertThat(choice.value()).isEqualTo("sample-konate");
        });
        assertThat(s).isNotEmpty().hasSizeLessThanOrEqualTo(25)
                .allSatisfy(choice -> assertThat(choice.name()).hasSizeLessThanOrEqualTo(100));
        assertThat(fake.slashCommand("contract", Map.of("player", "sample-konate")).text()).contains("Ibrahima Konaté");
    }

    @Test
    @DisplayName("/expiring club:Liverpool within:6 lists the contracts ending soonest, and clubs autocomplete")
    void expiring() {
        InteractionReply reply = fake.slashCommand("expiring", Map.of("club", "Liverpool", "within", 6));

        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.text()).contains("Liverpool: contracts ending within 6 months")
                .containsSubsequence("Andrew Robertson", "Ibrahima Konaté").contains("final six months");
        assertThat(fake.autocomplete("expiring", "club", "liv", Map.of()))
                .extracting(AutocompleteChoice::name).containsExactly("Liverpool");
    }

    @Test
    @DisplayName("/squad-contracts club:Liverpool attaches the PNG chart as a multipart file")
    void squadChart() {
        InteractionReply reply = fake.slashCommand("squad-contracts", Map.of("club", "Liverpool"));

        assertThat(reply.fileNames()).containsExactly("contracts-liverpool.png");
        assertThat(reply.text()).contains("Liverpool: contract end of 9 players").contains("SAMPLE DATA");
        assertThat(fake.slashCommand("squad-contracts", Map.of("club", "Atlantis FC")).ephemeral()).isTrue();
    }

    @Test
    @DisplayName("/contract-admin set needs Manage Server, then wins in /contract with who set it; clear undoes it")
    void adminOverride() {
        // GIVEN a plain member and a moderator
        var moderator = dev.rumourmill.discord.fake.FakeUser.named("moderator");

        // WHEN the member tries, then the moderator sets a new date for Rice
        InteractionReply refused = fake.interaction("contract-admin").subcommand("set").option("player", "rice")
                .option("expires", "2031-06-30").send().awaitReply();
        InteractionReply set = fake.interaction("contract-admin").subcommand("set").option("player", "rice")
                .option("expires", "2031-06-30").option("note", "new deal").by(moderator)
                .withMemberPermissions(dev.rumourmill.discord.fake.FakePermission.MANAGE_GUILD).send().awaitReply();

        // THEN only the moderator's change counts, privately confirmed, and /contract shows who set it
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.content()).contains("Manage Server");
        assertThat(set.ephemeral()).isTrue();
        assertThat(set.content()).startsWith("Override set: Declan Rice until 2031-06-30");
        assertThat(fake.slashCommand("contract", Map.of("player", "rice")).text())
                .contains("30 June 2031").contains("admin override by user " + moderator.id()).contains("new deal");

        // AND clearing it brings the sample date back
        fake.interaction("contract-admin").subcommand("clear").option("player", "rice").by(moderator)
                .withMemberPermissions(dev.rumourmill.discord.fake.FakePermission.MANAGE_GUILD).send().awaitReply();
        assertThat(fake.slashCommand("contract", Map.of("player", "rice")).text()).contains("30 June 2028");
    }

    @Test
    @DisplayName("/contract-admin set with a badly written date tells the moderator how to write it")
    void adminBadDate() {
        InteractionReply reply = fake.interaction("contract-admin").subcommand("set").option("player", "rice")
                .option("expires", "next summer")
                .withMemberPermissions(dev.rumourmill.discord.fake.FakePermission.MANAGE_GUILD).send().awaitReply();

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("'next summer' is not a date: write it like 2027-06-30.");
    }
}
