package dev.rumourmill.contracts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The contract questions fans ask, answered as plain reply values: {@code /contract}, {@code /expiring},
 * {@code /squad-contracts} and their autocomplete. Framework-free; the discord package renders the replies.
 */
public class ContractService {

    private static final System.Logger LOG = System.getLogger(ContractService.class.getName());

    /** /contract shows rumours about the player reported within this many days, at most this many. */
    public static final Duration RECENT_RUMOURS_WITHIN = Duration.ofDays(30);
    public static final int RECENT_RUMOURS_SHOWN = 3;

    private final ContractStore store;
    private final ContractDirectory directory;
    private final LiveContractProvider live;
    private final RecentRumours rumours;
    private final Clock clock;

    public ContractService(ContractStore store, ContractDirectory directory, LiveContractProvider live, Clock clock) {
        this(store, directory, live, RecentRumours.NONE, clock);
    }

    public ContractService(ContractStore store, ContractDirectory directory, LiveContractProvider live,
            RecentRumours rumours, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.live = live;
        this.rumours = rumours;
        this.clock = clock;
    }

    public ContractAnswer contract(ContractQuery query) {
        Match<PlayerListing> match = directory.findPlayer(query.player());
        if (!match.isFound()) {
            return notFound(query.player(), "player", match, ContractService::playerChoice);
        }
        PlayerContracts facts = directory.facts(match.found().id()).orElse(null);
        if (facts == null) {
            // Removed between the index and now (another process re-imported): treat as not found.
            return new NotFound(query.player(), "player", false, List.of());
        }
        Contract liveContract = needsLive(facts) ? live.contractFor(facts.player()).orElse(null) : null;
        ContractPrecedence.Effective effective = ContractPrecedence.choose(facts, liveContract);
        return reply(facts.player(), effective, recentRumours(facts.player()));
    }

    /** The contract answer matters more than the rumours: if they cannot be read, the answer goes without them. */
    private List<RecentRumour> recentRumours(Player player) {
        try {
            return rumours.about(player.id(), clock.instant().minus(RECENT_RUMOURS_WITHIN), RECENT_RUMOURS_SHOWN);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read recent rumours about " + player.id() + ": " + e);
            return List.of();
        }
    }

    public ClubAnswer expiring(ExpiringQuery query) {
        Match<Club> match = directory.findClub(query.club());
        if (!match.isFound()) {
            return notFound(query.club(), "club", match, c -> new Choice(c.name(), c.id()));
        }
        Club club = match.found();
        LocalDate today = today();
        LocalDate until = today.plusMonths(query.withinMonths());
        List<ExpiringReply.Entry> entries = new ArrayList<>();
        int unknown = 0;
        List<Member> squad = squad(club);
        for (Member m : squad) {
            Contract c = m.contract();
            if (c.expires() == null) {
                unknown++;
            } else if (!c.expires().isAfter(until)) {
                entries.add(new ExpiringReply.Entry(m.player().id(), m.player().name(), c.expires(),
                        ContractStatusRules.evaluate(c.expires(), null, null, today).kind(), c.kind()));
            }
        }
        entries.sort(Comparator.comparing(ExpiringReply.Entry::expires).thenComparing(ExpiringReply.Entry::name));
        return new ExpiringReply(club, query.withinMonths(), today, entries, unknown, squadSourceLine(squad));
    }

    public ClubAnswer squadChart(ClubQuery query) {
        Match<Club> match = directory.findClub(query.club());
        if (!match.isFound()) {
            return notFound(query.club(), "club", match, c -> new Choice(c.name(), c.id()));
        }
        Club club = match.found();
        List<Member> squad = squad(club);
        List<SquadContractChart.Bar> bars = squad.stream().filter(m -> m.contract().expires() != null)
                .map(m -> new SquadContractChart.Bar(m.player().name(), m.contract().expires())).toList();
        int unknown = squad.size() - bars.size();
        byte[] png = SquadContractChart.render(club.name(), bars, today(), squadSourceLine(squad));
        String caption = club.name() + ": contract end of " + bars.size() + " players"
                + (unknown == 0 ? "" : " (" + unknown + " more without a known date)") + ". " + squadSourceLine(squad);
        return new SquadChartReply(club, bars.size(), unknown, png, "contracts-" + NameFolding.fold(club.name())
                .replace(' ', '-') + ".png", caption);
    }

    public List<Choice> playerChoices(String typed) {
        return directory.playerChoices(typed == null ? "" : typed);
    }

    public List<Choice> clubChoices(String typed) {
        return directory.clubChoices(typed == null ? "" : typed);
    }

    private ContractReply reply(Player player, ContractPrecedence.Effective effective, List<RecentRumour> recent) {
        Contract c = effective.contract();
        LocalDate today = today();
        if (c == null) {
            return new ContractReply(player, ContractReply.Terms.unknown(ContractStatusRules.evaluate(null, null, null, today)),
                    new ContractReply.Provenance(ContractSource.CURATED, "no source has data for this player", today, List.of()),
                    recent);
        }
        ContractStatus status = SampleContracts.isStale(c.source(), c.asOf(), today)
                ? SampleContracts.staleStatus(c.asOf(), c.expires())
                : ContractStatusRules.evaluate(c.expires(), player.dateOfBirth(), c.option(), today);
        ContractReply.Terms terms = new ContractReply.Terms(c.club() == null ? null : c.club().name(), c.expires(),
                c.expires() == null ? null : c.expires().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), status,
                c.option());
        return new ContractReply(player, terms,
                new ContractReply.Provenance(c.kind(), c.source(), c.asOf(), effective.otherSources()), recent);
    }

    /** A player of a club with the contract that counts for him. */
    private record Member(Player player, Contract contract) {
    }

    /** The club's players by their effective contract: an override can move a player to or from the club. */
    private List<Member> squad(Club club) {
        Map<String, PlayerContracts> facts = store.loadAll(store.playerIdsOfClub(club.id()));
        List<Member> squad = new ArrayList<>();
        for (PlayerContracts f : facts.values()) {
            // Live data is not asked for whole squads: its rate limit (10 a minute) would be gone at once.
            Contract c = ContractPrecedence.choose(f, null).contract();
            if (c != null && c.club() != null && c.club().id().equals(club.id())) {
                squad.add(new Member(f.player(), c));
            }
        }
        return squad;
    }

    private static String squadSourceLine(List<Member> squad) {
        List<String> sources = squad.stream().map(Member::contract)
                .map(c -> c.source() + " as of " + c.asOf()).distinct().sorted().limit(3).toList();
        return sources.isEmpty() ? "Source: none" : "Source: " + String.join("; ", sources);
    }

    private boolean needsLive(PlayerContracts facts) {
        return facts.override() == null && (facts.curated() == null || facts.curated().expires() == null);
    }

    private static Choice playerChoice(PlayerListing p) {
        return new Choice(p.clubName() == null ? p.name() : p.name() + " · " + p.clubName(), p.id());
    }

    private static <T> NotFound notFound(String query, String what, Match<T> match, Function<T, Choice> choice) {
        return new NotFound(query, what, match.ambiguous(), match.suggestions().stream().map(choice).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
