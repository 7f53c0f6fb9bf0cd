package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds one {@link Move} per player the story is about. Each club the article names gets a role for that
 * player from the trained role model (destination, current club, other); the likeliest destination and
 * current club above a threshold become the move's ends, so a club the article does not clearly place is
 * left out rather than guessed. The kind (transfer, loan, free, renewal) comes from the kind model.
 */
final class MoveExtractor {

    /** Round-ups name many players; the first few carry the news. */
    static final int MAX_MOVES = 8;

    /** One club's role for one player, with the sentence that weighed most for it. */
    record ClubVerdict(Club club, ClubRole role, double destination, double current, int decidingSentence) {
    }

    /** A move and the verdicts behind it, for {@code analyse --explain}. */
    record Found(Move move, List<ClubVerdict> verdicts) {
    }

    private final TrainedModel roles;
    private final TrainedModel kinds;
    private final double destinationThreshold;
    private final double currentThreshold;
    private final KnowledgeBase knowledge;

    MoveExtractor(MoveModels models, KnowledgeBase knowledge) {
        this.roles = models.roles();
        this.kinds = models.kinds();
        this.destinationThreshold = models.destinationThreshold();
        this.currentThreshold = models.currentThreshold();
        this.knowledge = knowledge;
    }

    List<Found> extract(ArticleText article, List<Mention> mentions, List<Player> players, Label label,
            Function<String, String> feeOf, StoryStage stage) {
        if (label == Label.NOT_TRANSFER) {
            return List.of();
        }
        ClubRoleFeatures clubFeatures = new ClubRoleFeatures(article, mentions);
        MoveKindFeatures kindFeatures = new MoveKindFeatures(article, mentions);
        List<Club> clubs = clubsNamed(article, mentions);
        List<Found> found = new ArrayList<>();
        for (Player player : players.subList(0, Math.min(MAX_MOVES, players.size()))) {
            List<ClubVerdict> verdicts = new ArrayList<>();
            ClubVerdict to = null;
            ClubVerdict from = null;
            String playersClub = knowledge.player(player.id()).map(KnownPlayer::currentClub).orElse(null);
            for (Club club : clubs) {
                ClubRoleFeatures.Description d = clubFeatures.describe(player.id(), club, playersClub, label);
                Map<String, Double> p = roles.probabilities(d.features());
                double destination = p.getOrDefault(ClubRole.DESTINATION.outcome(), 0.0);
                double current = p.getOrDefault(ClubRole.CURRENT.outcome(), 0.0);
                ClubRole role = destination >= current && destination >= destinationThreshold ? ClubRole.DESTINATION
                        : current > destination && current >= currentThreshold ? ClubRole.CURRENT : ClubRole.OTHER;
                ClubVerdict verdict = new ClubVerdict(club, role, destination, current,
                        decidingSentence(d, role == ClubRole.OTHER ? ClubRole.DESTINATION : role));
                verdicts.add(verdict);
                if (role == ClubRole.DESTINATION && (to == null || destination > to.destination())) {
                    to = verdict;
                } else if (role == ClubRole.CURRENT && (from == null || current > from.current())) {
                    from = verdict;
                }
            }
            MoveKind kind = MoveKind.fromWire(best(kinds.probabilities(kindFeatures.describe(player.id(), label))));
            Club fromClub = from == null || kind == MoveKind.RENEWAL ? null : from.club();
            Club toClub = to == null ? null : to.club();
            if (kind == MoveKind.RENEWAL && toClub == null && from != null) {
                toClub = from.club(); // a renewal keeps him where he is
            }
            found.add(new Found(new Move(player, fromClub, toClub, kind, feeOf.apply(player.id()), stage), verdicts));
        }
        return found;
    }

    /** The clubs named outside page clutter, in order of first mention. */
    private List<Club> clubsNamed(ArticleText article, List<Mention> mentions) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.CLUB && !article.isClutterOffset(m.start())) {
                ids.add(m.id());
            }
        }
        List<Club> clubs = new ArrayList<>();
        ids.forEach(id -> knowledge.club(id).ifPresent(clubs::add));
        return clubs;
    }

    /** The sentence whose mention alone makes the role likeliest. */
    private int decidingSentence(ClubRoleFeatures.Description d, ClubRole role) {
        int best = -1;
        double bestP = -1;
        for (ClubRoleFeatures.MentionContext c : d.mentions()) {
            double p = roles.probability(c.features(), role.outcome());
            if (p > bestP) {
                bestP = p;
                best = c.sentence();
            }
        }
        return best;
    }

    static String best(Map<String, Double> probabilities) {
        String best = null;
        double bestP = -1;
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            if (e.getValue() > bestP) {
                bestP = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
