package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The use cases over the SAMPLE DATA set, with today fixed at 10 January 2026. */
class ContractServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);

    private TestDatabase db;
    private ContractStore store;
    private ContractDirectory directory;
    private ContractService service;
    private ContractAdmin admin;

    @BeforeEach
    void sampleData() {
        db = TestDatabase.h2();
        store = new ContractStore(db.dataSource());
        assertThat(SampleContracts.loadIfEmpty(store)).isTrue();
        directory = new ContractDirectory(store, CLOCK, Duration.ofSeconds(30));
        service = new ContractService(store, directory, LiveContractProvider.NONE, CLOCK);
        admin = new ContractAdmin(store, directory, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ContractReply contract(String typed) {
        ContractAnswer answer = service.contract(new ContractQuery(typed));
        assertThat(answer).as(typed).isInstanceOf(ContractReply.class);
        return (ContractReply) answer;
    }

    @Test
    @DisplayName("/contract asks the rumours port for the player's last 30 days, at most three, and shows what it gets")
    void recentRumoursFromThePort() {
        // GIVEN a rumours port that knows one story about Konaté
        RecentRumour story = new RecentRumour("Ibrahima Konaté → Real Madrid", "talks", "Harbour Gazette", "tier 2",
                "https://gazette.example/a", Instant.parse("2026-01-09T08:00:00Z"), 2);
        List<String> asked = new java.util.ArrayList<>();
        RecentRumours port = (playerId, since, limit) -> {
            asked.add(playerId + " since " + since + " limit " + limit);
            return playerId.equals("sample-konate") ? List.of(story) : List.of();
        };
        ContractService withRumours = new ContractService(store, directory, LiveContractProvider.NONE, port, CLOCK);

        // WHEN a fan asks about Konaté
        ContractReply reply = (ContractReply) withRumours.contract(new ContractQuery("konate"));

        // THEN the story is part of the answer, asked for with the player's id and window
        assertThat(reply.recentRumours()).containsExactly(story);
        assertThat(asked).containsExactly("sample-konate since 2025-12-11T12:00:00Z limit 3");
    }

    @Test
    @DisplayName("/contract still answers, without rumours, when the rumours cannot be read")
    void rumoursFailing() {
        // GIVEN a rumours port whose database fails
        RecentRumours broken = (playerId, since, limit) -> {
            throw new IllegalStateException("database is down");
        };
        ContractService withRumours = new ContractService(store, directory, LiveContractProvider.NONE, broken, CLOCK);

        // WHEN a fan asks about Konaté THEN the contract answer comes without rumours
        ContractReply reply = (ContractReply) withRumours.contract(new ContractQuery("konate"));
        assertThat(reply.expires()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(reply.recentRumours()).isEmpty();
    }

    @Test
    @DisplayName("konate answers with Konaté's club, expiry, pre-contract status and the sample source")
    void konate() {
        // WHEN a fan asks about "konate" (no accent)
        ContractReply reply = contract("konate");

        // THEN the answer names him, his club and expiry, the open window, and says it is sample data
        assertThat(reply.playerName()).isEqualTo("Ibrahima Konaté");
        assertThat(reply.clubName()).isEqualTo("Liverpool");
        assertThat(reply.expires()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(reply.expiresAt()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(reply.status().kind()).isEqualTo(ContractStatusKind.FINAL_SIX_MONTHS);
        assertThat(reply.status().headline()).contains("possible since 1 January 2026");
        assertThat(reply.sourceLine()).contains("SAMPLE DATA").contains("as of 2025-11-01");
        assertThat(reply.sampleData()).isTrue();
    }

    @Test
    @DisplayName("nicknames, capitals and accents all find the same players")
    void tolerantLookup() {
        assertThat(contract("Ibou").playerId()).isEqualTo("sample-konate");
        assertThat(contract("KONATÉ").playerId()).isEqualTo("sample-konate");
        assertThat(contract("Ødegaard").playerId()).isEqualTo("sample-odegaard");
        assertThat(contract("odegaard").playerId()).isEqualTo("sample-odegaard");
        assertThat(contract("sample-saka").playerName()).isEqualTo("Bukayo Saka");
    }

    @Test
    @DisplayName("an unknown name is not found, with similar names suggested when there are any")
    void unknownPlayer() {
        assertThat(service.contract(new ContractQuery("xyzzy"))).isInstanceOfSatisfying(NotFound.class, nf -> {
            assertThat(nf.ambiguous()).isFalse();
            assertThat(nf.suggestions()).isEmpty();
            assertThat(nf.message()).startsWith("No player called 'xyzzy' found.");
        });
        assertThat(service.contract(new ContractQuery("konatte"))).isInstanceOfSatisfying(NotFound.class,
                nf -> assertThat(nf.suggestions()).extracting(Choice::value).contains("sample-konate"));
    }

    @Test
    @DisplayName("a name several players share asks which one, best matches first")
    void ambiguous() {
        // GIVEN a second Konaté
        store.upsertCurated(List.of(ContractFixtures.curated("x1", "Moussa Konaté", ContractFixtures.NORTHPORT,
                LocalDate.of(2027, 6, 30))));
        directory.invalidate();

        // WHEN the surname alone is typed
        ContractAnswer answer = service.contract(new ContractQuery("konate"));

        // THEN both are offered
        assertThat(answer).isInstanceOfSatisfying(NotFound.class, nf -> {
            assertThat(nf.ambiguous()).isTrue();
            assertThat(nf.suggestions()).extracting(Choice::value).containsExactlyInAnyOrder("sample-konate", "x1");
        });
    }

    @Test
    @DisplayName("an admin override wins, says who set it, and the curated date is shown beside it")
    void overrideWins() {
        // WHEN an admin records a new deal
        var result = admin.set(new ContractAdmin.OverrideRequest("Ibou", LocalDate.of(2030, 6, 30), null, null,
                "new deal announced", "@mod (42)"));

        // THEN the answer uses it and still shows what the curated data says
        assertThat(result.done()).isTrue();
        ContractReply reply = contract("konate");
        assertThat(reply.expires()).isEqualTo(LocalDate.of(2030, 6, 30));
        assertThat(reply.sourceKind()).isEqualTo(ContractSource.ADMIN_OVERRIDE);
        assertThat(reply.source()).contains("@mod (42)").contains("2026-01-10").contains("new deal announced");
        assertThat(reply.otherSources()).singleElement().asString().contains("SAMPLE DATA").contains("2026-06-30");
        assertThat(reply.status().kind()).isEqualTo(ContractStatusKind.RUNNING);

        // AND clearing it brings the curated date back
        admin.clear("konate", "@mod (42)");
        assertThat(contract("konate").expires()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    @DisplayName("a news report that differs is shown as 'reported by' and never replaces curated data")
    void newsReportIsShownBeside() {
        admin.recordReported(new ReportedContract("sample-konate", 2027, URI.create("https://news.example/konate"),
                "Example Sport", LocalDate.of(2026, 1, 5)));

        ContractReply reply = contract("konate");

        assertThat(reply.expires()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(reply.otherSources()).singleElement().asString()
                .startsWith("reported by Example Sport on 2026-01-05: expires in 2027");
    }

    @Test
    @DisplayName("a news report is used when no better source knows the expiry, and says it assumed 30 June")
    void newsReportFillsTheGap() {
        store.upsertCurated(List.of(ContractFixtures.curated("x2", "Niall Corr", ContractFixtures.NORTHPORT, null)));
        admin.recordReported(new ReportedContract("x2", 2027, URI.create("https://news.example/corr"),
                "Example Sport", LocalDate.of(2026, 1, 5)));

        ContractReply reply = contract("Niall Corr");

        assertThat(reply.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(reply.sourceKind()).isEqualTo(ContractSource.NEWS_REPORTED);
        assertThat(reply.source()).contains("reported by Example Sport").contains("30 June assumed");
    }

    @Test
    @DisplayName("expiring lists a club's players ending within the window, soonest first")
    void expiring() {
        ClubAnswer answer = service.expiring(new ExpiringQuery("liverpool", 6));

        assertThat(answer).isInstanceOfSatisfying(ExpiringReply.class, reply -> {
            assertThat(reply.club().name()).isEqualTo("Liverpool");
            assertThat(reply.entries()).extracting(ExpiringReply.Entry::name)
                    .containsExactly("Andrew Robertson", "Ibrahima Konaté");
            assertThat(reply.entries()).allSatisfy(e ->
                    assertThat(e.status()).isEqualTo(ContractStatusKind.FINAL_SIX_MONTHS));
            assertThat(reply.sourceLine()).contains("SAMPLE DATA");
        });
        assertThat(service.expiring(new ExpiringQuery("Atlantis FC", 12))).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("autocomplete offers at most 25 choices, names at most 100 characters, the value being the id")
    void autocomplete() {
        assertThat(service.playerChoices("kon")).extracting(Choice::value).containsExactly("sample-konate");
        assertThat(service.playerChoices("s")).hasSizeLessThanOrEqualTo(25).isNotEmpty();
        assertThat(service.clubChoices("real")).extracting(Choice::label).containsExactly("Real Madrid");
        assertThat(service.playerChoices("")).isEmpty();
    }

    @Test
    @DisplayName("an override that moves a player updates autocomplete at once (the caches are dropped)")
    void overrideInvalidatesCaches() {
        assertThat(service.playerChoices("ibou")).extracting(Choice::label).containsExactly("Ibrahima Konaté · Liverpool");

        admin.set(new ContractAdmin.OverrideRequest("konate", LocalDate.of(2031, 6, 30), "Real Madrid", null, null,
                "@mod (42)"));

        assertThat(service.playerChoices("ibou")).extracting(Choice::label)
                .containsExactly("Ibrahima Konaté · Real Madrid");
        assertThat(((ExpiringReply) service.expiring(new ExpiringQuery("Liverpool", 6))).entries())
                .extracting(ExpiringReply.Entry::name).containsExactly("Andrew Robertson");
    }

    @Test
    @DisplayName("an import from another process is noticed through the stored data version")
    void otherProcessChangesAreNoticed() {
        // GIVEN a directory that has answered once, on a clock that moves
        var time = new java.util.concurrent.atomic.AtomicLong(CLOCK.millis());
        Clock moving = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return Instant.ofEpochMilli(time.get()); }
        };
        ContractDirectory other = new ContractDirectory(store, moving, Duration.ofSeconds(30));
        assertThat(other.findPlayer("Corr").isFound()).isFalse();

        // WHEN another process imports a player and bumps the version
        store.upsertCurated(List.of(ContractFixtures.curated("x3", "Niall Corr", ContractFixtures.NORTHPORT, null)));
        store.bumpDataVersion();
        time.addAndGet(31_000);

        // THEN the directory sees him after its next version check
        assertThat(other.findPlayer("Corr").isFound()).isTrue();
    }

    @Test
    @DisplayName("the squad chart is a PNG that decodes, one row per player plus year headings")
    void squadChart() throws Exception {
        ClubAnswer answer = service.squadChart(new ClubQuery("Liverpool"));

        assertThat(answer).isInstanceOfSatisfying(SquadChartReply.class, reply -> {
            assertThat(reply.players()).isEqualTo(9);
            assertThat(reply.fileName()).isEqualTo("contracts-liverpool.png");
            assertThat(reply.caption()).contains("SAMPLE DATA");
            try {
                var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(reply.png()));
                assertThat(image.getWidth()).isEqualTo(SquadContractChart.WIDTH);
                // 9 players in 6 expiry years (2026, 2027, 2028, 2030, 2031 ...) each add a row
                assertThat(image.getHeight()).isGreaterThan(9 * SquadContractChart.ROW).isLessThan(1000);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    @DisplayName("an override dropped from bot-config.yml is cleared at the next start, admin ones stay")
    void configuredOverridesFollowTheFile() {
        // GIVEN one override from the file and one from an admin
        admin.applyConfigured(List.of(new ContractAdmin.OverrideRequest("saka", LocalDate.of(2031, 6, 30), null, null,
                null, ContractAdmin.CONFIG_FILE)));
        admin.set(new ContractAdmin.OverrideRequest("rice", LocalDate.of(2030, 6, 30), null, null, null, "@mod (42)"));

        // WHEN the bot starts with the file's list now empty
        admin.applyConfigured(List.of());

        // THEN the file's override is gone and the admin's stays
        assertThat(contract("saka").sourceKind()).isEqualTo(ContractSource.CURATED);
        assertThat(contract("rice").sourceKind()).isEqualTo(ContractSource.ADMIN_OVERRIDE);
    }

    @Test
    @DisplayName("the live provider is asked only when no higher source knows the expiry")
    void liveProviderFillsTheGap() {
        // GIVEN a player without a contract date and a live provider that knows one
        store.upsertCurated(List.of(ContractFixtures.curated("x4", "Eoin Dwyer", ContractFixtures.NORTHPORT, null)));
        var asked = new java.util.ArrayList<String>();
        LiveContractProvider live = player -> {
            asked.add(player.name());
            return java.util.Optional.of(new Contract(ContractFixtures.NORTHPORT, null, LocalDate.of(2027, 6, 30),
                    null, ContractSource.LIVE_PROVIDER, "football-data.org", LocalDate.of(2026, 1, 9)));
        };
        ContractService withLive = new ContractService(store, directory, live, CLOCK);
        directory.invalidate();

        // WHEN both he and Konaté (who has a curated date) are looked up
        ContractReply dwyer = (ContractReply) withLive.contract(new ContractQuery("Eoin Dwyer"));
        withLive.contract(new ContractQuery("konate"));

        // THEN only he was asked about, and the answer says where the date came from
        assertThat(asked).containsExactly("Eoin Dwyer");
        assertThat(dwyer.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(dwyer.sourceLine()).isEqualTo("Source: football-data.org (live provider) · as of 2026-01-09");
    }
}
