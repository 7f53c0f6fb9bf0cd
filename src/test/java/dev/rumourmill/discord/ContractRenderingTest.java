package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.contracts.Choice;
import dev.rumourmill.contracts.Club;
import dev.rumourmill.contracts.ContractReply;
import dev.rumourmill.contracts.ContractSource;
import dev.rumourmill.contracts.ContractStatusKind;
import dev.rumourmill.contracts.ContractStatusRules;
import dev.rumourmill.contracts.ExpiringReply;
import dev.rumourmill.contracts.NotFound;
import dev.rumourmill.contracts.Player;
import dev.rumourmill.contracts.RecentRumour;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContractRenderingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @Test
    @DisplayName("a contract reply becomes an embed with club, expiry as a relative timestamp, caveats and the source")
    void contractEmbed() {
        // GIVEN a reply in the final six months with an option and a differing news report
        LocalDate expires = LocalDate.of(2026, 6, 30);
        LocalDate born = LocalDate.of(2004, 5, 25);
        Player brennan = new Player("p1", "Tomas Brennan", List.of(), born, "Ireland", "Centre-Back");
        ContractReply.Terms terms = new ContractReply.Terms("Northport Athletic", expires,
                Instant.parse("2026-07-01T00:00:00Z"),
                ContractStatusRules.evaluate(expires, born, "club option +1 year", TODAY), "club option +1 year");
        ContractReply reply = new ContractReply(brennan, terms, new ContractReply.Provenance(ContractSource.CURATED,
                "test data", LocalDate.of(2025, 11, 1),
                List.of("reported by Example Sport on 2026-01-05: expires in 2027 (https://news.example/a)")), List.of());

        // WHEN it is rendered
        ReplyEmbed embed = ContractRendering.contract(reply).embeds().get(0);

        // THEN every part has its place
        assertThat(embed.title()).isEqualTo("Tomas Brennan");
        assertThat(embed.description()).contains("possible since 1 January 2026");
        assertThat(embed.fields()).extracting(ReplyEmbed.Field::name)
                .containsExactly("Club", "Contract ends", "Option", "Good to know", "Other sources");
        assertThat(embed.fields().get(1).value()).isEqualTo("30 June 2026 (<t:1782864000:R>)");
        assertThat(embed.fields().get(3).value()).contains("Compensation may apply").contains("Domestic rules differ");
        assertThat(embed.footer()).isEqualTo("Source: test data (curated data) · as of 2025-11-01");
    }

    @Test
    @DisplayName("recent rumours become one field: escaped headline linked to the article, stage, source, relative time")
    void recentRumoursField() {
        // GIVEN two rumours, one with markdown and a mention in its feed text and a link that is not http(s)
        LocalDate expires = LocalDate.of(2027, 6, 30);
        List<RecentRumour> rumours = List.of(
                new RecentRumour("Tomas Brennan → Real Madrid", "talks", "Harbour Gazette", "tier 2",
                        "https://gazette.example/brennan_(update)", Instant.parse("2026-01-09T08:00:00Z"), 2),
                new RecentRumour("**Brennan** @everyone", null, null, null, "javascript:alert(1)",
                        Instant.parse("2026-01-02T08:00:00Z"), 1));
        Player unknownBirth = new Player("p1", "Tomas Brennan", List.of(), null, null, null);
        ContractReply.Terms noOption = new ContractReply.Terms("Northport Athletic", expires,
                Instant.parse("2027-07-01T00:00:00Z"), ContractStatusRules.evaluate(expires, null, null, TODAY), null);
        ContractReply reply = new ContractReply(unknownBirth, noOption, new ContractReply.Provenance(ContractSource.CURATED,
                "test data", LocalDate.of(2025, 11, 1), List.of()), rumours);

        // WHEN it is rendered
        ReplyEmbed embed = ContractRendering.contract(reply).embeds().get(0);

        // THEN one line per rumour, the unsafe link and the formatting gone, nobody pinged
        assertThat(embed.fields()).last().satisfies(field -> {
            assertThat(field.name()).isEqualTo("Recent rumours");
            assertThat(field.value().lines()).containsExactly(
                    "• [Tomas Brennan → Real Madrid](https://gazette.example/brennan_%28update%29) — talks · "
                            + "Harbour Gazette (tier 2) · <t:1767945600:R>",
                    "• \\*\\*Brennan\\*\\* @\u200Beveryone — <t:1767340800:R>");
        });
    }

    @Test
    @DisplayName("not found is private and lists the suggestions")
    void notFound() {
        Reply reply = ContractRendering.notFound(new NotFound("konatte", "player", false,
                List.of(new Choice("Ibrahima Konaté · Liverpool", "sample-konate"))));

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).isEqualTo("No player called 'konatte' found. Did you mean:\n• Ibrahima Konaté · Liverpool");
    }

    @Test
    @DisplayName("a long expiring list shows ten players a page with Previous disabled and Next leading to page 2")
    void longExpiringListFirstPage() {
        // GIVEN 30 players whose contracts end
        ExpiringReply list = expiringList("31", 30);

        // WHEN the first page is rendered
        Reply reply = ContractRendering.expiring(list);

        // THEN ten players, the page in the footer, and buttons that carry the page to show
        ReplyEmbed embed = reply.embeds().get(0);
        assertThat(embed.description().lines()).hasSize(10).first().asString()
                .isEqualTo("• **Player 0** — 30 June 2026 (final six months)");
        assertThat(embed.footer()).startsWith("Page 1/3 · 30 players. 2 players without a known date.");
        assertThat(reply.buttons()).containsExactly(new ReplyButton("expiring:31:6:0", "◀ Previous", true),
                new ReplyButton("expiring:31:6:1", "Next ▶", false));
    }

    @Test
    @DisplayName("the last page of a long list has Next disabled and shows the remaining players")
    void longExpiringListLastPage() {
        Reply reply = ContractRendering.expiring(expiringList("31", 25), 2);

        assertThat(reply.embeds().get(0).description().lines()).hasSize(5).first().asString().contains("Player 20");
        assertThat(reply.embeds().get(0).footer()).startsWith("Page 3/3");
        assertThat(reply.buttons()).containsExactly(new ReplyButton("expiring:31:6:1", "◀ Previous", false),
                new ReplyButton("expiring:31:6:3", "Next ▶", true));
    }

    @Test
    @DisplayName("a list that fits one page has no buttons")
    void shortExpiringList() {
        Reply reply = ContractRendering.expiring(expiringList("31", 10));

        assertThat(reply.buttons()).isEmpty();
        assertThat(reply.embeds().get(0).footer()).startsWith("2 players without a known date.");
    }

    @Test
    @DisplayName("a club id too long for a button id gives the first page and says how many more there are")
    void clubIdTooLongForButtons() {
        Reply reply = ContractRendering.expiring(expiringList("x".repeat(95), 30));

        assertThat(reply.buttons()).isEmpty();
        assertThat(reply.embeds().get(0).footer()).startsWith("20 more not shown.");
    }

    private static ExpiringReply expiringList(String clubId, int players) {
        var entries = IntStream.range(0, players).mapToObj(i -> new ExpiringReply.Entry("p" + i, "Player " + i,
                LocalDate.of(2026, 6, 30), ContractStatusKind.FINAL_SIX_MONTHS, ContractSource.CURATED)).toList();
        return new ExpiringReply(new Club(clubId, "Northport Athletic"), 6, TODAY, entries, 2,
                "Source: test data as of 2025-11-01");
    }
}
