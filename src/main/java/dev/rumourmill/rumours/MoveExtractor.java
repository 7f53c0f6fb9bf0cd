package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one {@link Move} per player the story is about. Each club the article names gets a role for that
 * player from the trained role model (destination, current club, other); the likeliest destination and
 * current club above a threshold become the move's ends, so a club the article does not clearly place is
 * left out rather than guessed. The kind (transfer, loan, free, renewal) comes from the kind model.
 */
final class MoveExtractor {

    /** Round-ups name many players; the first few carry the news. */
    static final int MAX_MOVES = 6;
    /** Clubs looked at per article, in order of first mention: a long page names many in passing. */
    static final int MAX_CLUBS = 12;

    /** One club's role for one player, with the sentence that weighed most for it. */
    record ClubVerdict(Club club, ClubRole role, double destination, double current, int decidingSentence) {
    }

    /** A move and the verdicts behind it (each club's role, the kind model's odds), for {@code analyse --explain}. */
    record Found(Move move, List<ClubVerdict> verdicts, Map<String, Double> kindOdds) {
    }

    private final TrainedModel roles;
    private final TrainedModel kinds;
    private final MoveFees moveFees;
    private final FeeExtractor amounts = new FeeExtractor();
    private final FeeFeatures.Words feeWords = FeeFeatures.Words.of(Lexicon.english());
    private final BackgroundMentions background = new BackgroundMentions();
    private final double destinationBias;
    private final double currentBias;
    private final KnowledgeBase knowledge;
    private final ClubRoleFeatures.Hints hints = ClubRoleFeatures.Hints.of(Lexicon.english());
    private final MoveKindFeatures.Hints kindHints = MoveKindFeatures.Hints.of(Lexicon.english());

    MoveExtractor(TrainedModels models, KnowledgeBase knowledge) {
        this.roles = models.roles();
        this.kinds = models.kinds();
        this.moveFees = new MoveFees(models, amounts);
        this.destinationBias = models.destinationBias();
        this.currentBias = models.currentBias();
        this.knowledge = knowledge;
    }

    /** @param explain whether to find each verdict's deciding sentence (for {@code analyse --explain}) */
    List<Found> extract(ArticleText article, List<Mention> mentions, List<Player> players, Label label,
            StoryStage stage, boolean explain) {
        if (label == Label.NOT_TRANSFER) {
            return List.of();
        }
        ClubRoleFeatures clubFeatures = new ClubRoleFeatures(article, mentions, hints);
        MoveKindFeatures kindFeatures = new MoveKindFeatures(article, mentions, kindHints);
        List<Club> clubs = clubsNamed(clubFeatures, inStory(article, mentions));
        List<FeeExtractor.Candidate> candidates = amounts.candidates(article);
        FeeFeatures feeFeatures = new FeeFeatures(article, mentions, candidates, feeWords);
        List<Found> found = new ArrayList<>();
        for (Player player : players.subList(0, Math.min(MAX_MOVES, players.size()))) {
            String playersClub = knowledge.player(player.id()).map(KnownPlayer::currentClub).orElse(null);
            List<double[]> odds = new ArrayList<>();
            List<ClubRoleFeatures.Description> descriptions = new ArrayList<>();
            for (Club club : clubs) {
                ClubRoleFeatures.Description d = clubFeatures.describe(player.id(), club, playersClub, label);
                Map<String, Double> p = roles.probabilities(d.features());
                descriptions.add(d);
                odds.add(new double[] {p.getOrDefault(ClubRole.DESTINATION.outcome(), 0.0),
                        p.getOrDefault(ClubRole.CURRENT.outcome(), 0.0)});
            }
            int[] ends = likeliestEnds(odds);
            int from = ends[1];
            int to = ends[0];
            List<ClubVerdict> verdicts = new ArrayList<>();
            for (int i = 0; i < clubs.size(); i++) {
                ClubRole role = i == to ? ClubRole.DESTINATION : i == from ? ClubRole.CURRENT : ClubRole.OTHER;
                verdicts.add(new ClubVerdict(clubs.get(i), role, odds.get(i)[0], odds.get(i)[1],
                        explain ? decidingSentence(descriptions.get(i), role == ClubRole.OTHER ? ClubRole.DESTINATION
                                : role) : -1));
            }
            ClubVerdict toVerdict = to < 0 ? null : verdicts.get(to);
            ClubVerdict fromVerdict = from < 0 ? null : verdicts.get(from);
            Map<String, Double> kindOdds = kinds.probabilities(kindFeatures.describe(player.id(), label));
            MoveKind kind = MoveKind.fromWire(best(kindOdds));
            Club fromClub = fromVerdict == null || kind == MoveKind.RENEWAL ? null : fromVerdict.club();
            Club toClub = toVerdict == null ? null : toVerdict.club();
            if (kind == MoveKind.RENEWAL) {
                // A renewal keeps him where he is: his club is the one likeliest his current club, and a club
                // courting him is not where he is going.
                int his = likeliestCurrent(odds);
                if (his >= 0) {
                    toClub = clubs.get(his);
                }
            }
            String fee = moveFees.feeOf(article, mentions, player.id(), label, kind, candidates, feeFeatures,
                    MoveFees.moveClubs(fromClub, toClub, clubs, odds));
            found.add(new Found(new Move(player, fromClub, toClub, kind, fee, stage), verdicts, kindOdds));
        }
        return found;
    }

    /**
     * The likeliest reading of the article as a whole: at most one destination and one current club, every
     * other club neither, each club's odds taken from the role model. Returns {destination, current}, -1 for
     * none. A club is only an end when that reading beats every reading without it, so a club the model
     * cannot place is left out; the thresholds shift how much evidence that takes.
     */
    private int[] likeliestEnds(List<double[]> odds) {
        int n = odds.size();
        double[] other = new double[n];
        double allOther = 0;
        for (int i = 0; i < n; i++) {
            other[i] = Math.max(1e-9, 1 - odds.get(i)[0] - odds.get(i)[1]);
            allOther += Math.log(other[i]);
        }
        int[] best = {-1, -1};
        double bestScore = allOther;
        for (int to = -1; to < n; to++) {
            for (int from = -1; from < n; from++) {
                if (to == from && to >= 0) {
                    continue;
                }
                double score = allOther;
                if (to >= 0) {
                    score += Math.log(Math.max(1e-9, odds.get(to)[0])) - Math.log(other[to])
                            + Math.log(destinationBias);
                }
                if (from >= 0 && odds.get(from)[1] < odds.get(from)[0]) {
                    continue; // a club the model reads rather as a buyer is not where he is now
                }
                if (from >= 0) {
                    score += Math.log(Math.max(1e-9, odds.get(from)[1])) - Math.log(other[from])
                            + Math.log(currentBias);
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = new int[] {to, from};
                }
            }
        }
        return best;
    }

    /** The club the role model finds likeliest to be the player's current club, or -1 when none is at all likely. */
    static int likeliestCurrent(List<double[]> odds) {
        int best = -1;
        for (int i = 0; i < odds.size(); i++) {
            if (odds.get(i)[1] >= RENEWAL_CLUB_MIN && (best < 0 || odds.get(i)[1] > odds.get(best)[1])) {
                best = i;
            }
        }
        return best;
    }

    /** How likely, at least, his current club must be for a renewal to name it. */
    static final double RENEWAL_CLUB_MIN = 0.05;

    /**
     * The clubs named outside page clutter and not only as background, in order of first mention: a club the
     * article names only as a former club, a match opponent or in a betting line is no end of a move.
     */
    private List<Club> clubsNamed(ClubRoleFeatures clubFeatures, Set<String> inStory) {
        List<Club> clubs = new ArrayList<>();
        clubFeatures.clubIdsInOrder().stream().filter(inStory::contains)
                .forEach(id -> knowledge.club(id).ifPresent(clubs::add));
        return clubs.size() > MAX_CLUBS ? clubs.subList(0, MAX_CLUBS) : clubs;
    }

    /** The clubs with at least one mention that is not background ({@link BackgroundMentions}). */
    private Set<String> inStory(ArticleText article, List<Mention> mentions) {
        BackgroundMentions.Judge judge = background.forArticle(article);
        Set<String> ids = new HashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.CLUB && !ids.contains(m.id()) && !judge.isBackground(m)) {
                ids.add(m.id());
            }
        }
        return ids;
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
