package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.contracts.Club;
import dev.rumourmill.contracts.Contract;
import dev.rumourmill.contracts.ContractDirectory;
import dev.rumourmill.contracts.ContractSource;
import dev.rumourmill.contracts.ContractStore;
import dev.rumourmill.contracts.CuratedContract;
import dev.rumourmill.contracts.Player;
import dev.rumourmill.discord.fake.AutocompleteChoice;
import dev.rumourmill.discord.fake.FakeButton;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.discord.fake.SentInteraction;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.feeds.NewEntryHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rumourmill.testsupport.FeedEntries;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
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
        addNorthportWithFourteenExpiringContracts();
    }

    /** A club of our own beside the sample data, with contracts ending in February 2026: two pages for /expiring. */
    private void addNorthportWithFourteenExpiringContracts() {
        ContractStore store = bot.bean(ContractStore.class);
        Club northport = new Club("test-northport", "Northport Athletic");
        store.upsertCurated(IntStream.rangeClosed(1, 14).mapToObj(i -> new CuratedContract(
                new Player("test-northport-" + i, "Northport Player " + (char) ('A' + i - 1), List.of(), null, null, null),
                new Contract(northport, null, LocalDate.of(2026, 2, 1).plusDays(i), null, ContractSource.CURATED,
                        "test data", LocalDate.of(2026, 1, 1)))).toList());
        store.bumpDataVersion();
        bot.bean(ContractDirectory.class).invalidate();
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
    @DisplayName("after a rumour about Saka went through the rumour pipeline, /contract shows it under 'Recent rumours'")
    void recentRumours() {
        // GIVEN the bot's pipeline handled a new feed entry about Saka, as a feed poll would hand it over
        Instant published = Instant.parse("2026-01-09T18:00:00Z");
        String text = "Bukayo Saka is set to join Real Madrid from Arsenal, according to David Ornstein. "
                + "The Spanish club have held talks with his representatives.";
        bot.bean(NewEntryHandler.class).handle(new FeedSource(99, URI.create("https://gazette.example/rss"),
                        "Harbour Gazette", Duration.ofMinutes(10), 0),
                FeedEntries.article("saka-1", "Real Madrid prepare Saka offer", "https://gazette.example/saka-madrid",
                        published, text));

        // WHEN a fan asks about Saka
        InteractionReply reply = fake.slashCommand("contract", Map.of("player", "saka"));

        // THEN the embed lists the story with its link, stage, best source and a relative time, pinging nobody
        assertThat(reply.embeds().get(0).path("fields")).anySatisfy(f -> {
            assertThat(f.path("name").asText()).isEqualTo("Recent rumours");
            assertThat(f.path("value").asText())
                    .startsWith("• [Bukayo Saka → Real Madrid \\(from Arsenal\\)](https://gazette.example/saka-madrid) — ")
                    .contains("bid · David Ornstein (tier 1) · ").endsWith("<t:" + published.getEpochSecond() + ":R>");
        });
        assertThat(reply.allowedMentions().path("parse")).isEmpty();
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
    @DisplayName("/expiring for a club with 14 expiring players pages with buttons: Next shows page 2, ends disabled")
    void expiringPages() {
        // GIVEN Northport Athletic with 14 contracts ending within six months (see startBot)
        // WHEN a fan asks for the club's expiring contracts
        SentInteraction command = fake.interaction("expiring").option("club", "Northport Athletic").option("within", 6).send();
        InteractionReply first = command.awaitReply();

        // THEN page 1 shows ten players, Previous disabled and Next enabled, and pings nobody
        assertThat(first.text()).contains("Northport Player A").contains("Northport Player J")
                .doesNotContain("Northport Player K").contains("Page 1/2 · 14 players.");
        assertThat(first.buttons()).extracting(FakeButton::label, FakeButton::disabled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("◀ Previous", true), org.assertj.core.groups.Tuple.tuple("Next ▶", false));
        assertThat(first.allowedMentions().path("parse")).isEmpty();

        // WHEN the fan clicks Next
        SentInteraction click = command.click(first.buttons().get(1).customId());
        InteractionReply second = click.awaitReply();

        // THEN the same message shows page 2 with the last four players, Next disabled now, still no pings
        assertThat(second.text()).contains("Northport Player K").contains("Northport Player N")
                .doesNotContain("Northport Player A").contains("Page 2/2");
        assertThat(second.buttons()).extracting(FakeButton::label, FakeButton::disabled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("◀ Previous", false), org.assertj.core.groups.Tuple.tuple("Next ▶", true));
        assertThat(second.allowedMentions().path("parse")).isEmpty();
        assertThat(second.ephemeral()).isFalse();

        // AND clicking Previous there goes back to page 1
        assertThat(click.click(second.buttons().get(0).customId()).awaitReply().text()).contains("Page 1/2");
    }

    @Test
    @DisplayName("a click whose handler fails, or that no handler knows, is answered privately, never left spinning")
    void brokenButtons() {
        // GIVEN a reply with buttons
        SentInteraction command = fake.interaction("expiring").option("club", "Northport Athletic").option("within", 6).send();
        command.awaitReply();

        // WHEN ids come back that the bot cannot handle (e.g. from another version of the bot)
        InteractionReply broken = command.clickAnyId("expiring:test-northport:6:not-a-page").awaitReply();
        InteractionReply unknown = command.clickAnyId("gone:1").awaitReply();

        // THEN the user gets a private answer each time and the shared message is not touched
        assertThat(broken.ephemeral()).isTrue();
        assertThat(broken.content()).startsWith("Something went wrong");
        assertThat(unknown.ephemeral()).isTrue();
        assertThat(unknown.content()).startsWith("This button does not work any more.");
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
