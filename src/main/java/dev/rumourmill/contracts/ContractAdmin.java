package dev.rumourmill.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Changes to contract data made by people, not imports: admin overrides (from {@code /contract-admin set|clear}
 * or the {@code overrides:} list in bot-config.yml) and expiries reported in the news. Each one drops the
 * lookup caches and tells other bot processes through the stored data version.
 */
public class ContractAdmin {

    /** Who set configured overrides; they are replaced whenever the bot starts with a different list. */
    public static final String CONFIG_FILE = "bot-config.yml";

    /** {@code /contract-admin set}: who typed it is recorded as {@code setBy}. */
    public record OverrideRequest(String player, LocalDate expires, String club, String option, String note,
            String setBy) {

        public OverrideRequest {
            if (player == null || player.isBlank()) {
                throw new IllegalArgumentException("Name the player, e.g. konate.");
            }
            if (expires == null) {
                throw new IllegalArgumentException("Give the new expiry date, e.g. 2028-06-30.");
            }
            if (setBy == null || setBy.isBlank()) {
                throw new IllegalArgumentException("An override must say who set it.");
            }
            club = club == null || club.isBlank() ? null : club.strip();
        }
    }

    /** What happened, in one line for the admin; {@code suggestions} when the player was not found exactly. */
    public record AdminReply(boolean done, String message, List<Choice> suggestions) {
    }

    private final ContractStore store;
    private final ContractDirectory directory;
    private final Clock clock;

    public ContractAdmin(ContractStore store, ContractDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    public AdminReply set(OverrideRequest request) {
        Match<PlayerListing> match = directory.findPlayer(request.player());
        if (!match.isFound()) {
            return unknownPlayer(request.player(), match);
        }
        Club club = request.club() == null ? null : clubFor(request.club());
        PlayerListing player = match.found();
        store.saveOverride(new ContractOverride(player.id(), club, request.expires(), request.option(), request.note(),
                request.setBy(), clock.instant()));
        changed();
        return new AdminReply(true, "Override set: " + player.name() + (club == null ? "" : " at " + club.name())
                + " until " + request.expires() + ", by " + request.setBy() + ". It wins over every other source.",
                List.of());
    }

    public AdminReply clear(String playerQuery, String clearedBy) {
        Match<PlayerListing> match = directory.findPlayer(playerQuery);
        if (!match.isFound()) {
            return unknownPlayer(playerQuery, match);
        }
        boolean cleared = store.clearOverride(match.found().id());
        if (cleared) {
            changed();
        }
        return new AdminReply(cleared, cleared
                ? "Override cleared for " + match.found().name() + " by " + clearedBy + "; the other sources apply again."
                : match.found().name() + " has no override.", List.of());
    }

    /**
     * Applies the {@code overrides:} list of bot-config.yml: each entry is set, and overrides set by an earlier
     * version of the file that are no longer listed are cleared. Unknown players are reported, not fatal:
     * the data they refer to may be imported later.
     *
     * @return one line per entry that could not be applied
     */
    public List<String> applyConfigured(List<OverrideRequest> requests) {
        List<String> problems = new java.util.ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (OverrideRequest request : requests) {
            AdminReply reply = set(request);
            if (reply.done()) {
                listed.add(directory.findPlayer(request.player()).found().id());
            } else {
                problems.add("contracts.overrides: " + request.player() + ": " + reply.message());
            }
        }
        for (String playerId : store.overriddenPlayersSetBy(CONFIG_FILE)) {
            if (!listed.contains(playerId)) {
                store.clearOverride(playerId);
                changed();
            }
        }
        return problems;
    }

    /** A contract expiry stated in a news article; shown beside curated data, never replacing it. */
    public boolean recordReported(ReportedContract report) {
        if (store.load(report.playerId()).isEmpty()) {
            return false;
        }
        store.saveReported(report);
        changed();
        return true;
    }

    private Club clubFor(String typed) {
        Match<Club> match = directory.findClub(typed);
        if (match.isFound()) {
            return match.found();
        }
        // A club no import knows yet (a move abroad): kept under the name the admin typed.
        return new Club("admin-" + NameFolding.fold(typed).replace(' ', '-'), typed);
    }

    private AdminReply unknownPlayer(String query, Match<PlayerListing> match) {
        NotFound notFound = new NotFound(query, "player", match.ambiguous(), match.suggestions().stream()
                .map(p -> new Choice(p.clubName() == null ? p.name() : p.name() + " · " + p.clubName(), p.id()))
                .toList());
        return new AdminReply(false, notFound.message(), notFound.suggestions());
    }

    private void changed() {
        store.bumpDataVersion();
        directory.invalidate();
    }
}
