package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Analyses articles: finds the names, labels the article, extracts the move, its sources, fee, contract
 * expiry and deal type, and writes a grounded summary. Build it once (the gazetteer takes a moment with
 * tens of thousands of players); it is immutable and safe to share between threads.
 */
public final class RumourEngine {

    private final KnowledgeBase knowledge;
    private final Gazetteer gazetteer;
    private final CueLexicon cues;
    private final SentenceSplitter splitter;
    private final TransferClassifier classifier = new TransferClassifier();
    private final EntitySelector selector = new EntitySelector();
    private final PlayerDiscovery discovery = new PlayerDiscovery();
    private final MoveExtractor moves;
    private final TrainedModel labels;
    private final LabelFeatures labelFeatures = new LabelFeatures();
    private final SourceExtractor sourceExtractor;
    private final FeeExtractor fees = new FeeExtractor();
    private final ContractExpiryExtractor expiries = new ContractExpiryExtractor();
    private final DealTypeExtractor dealTypes = new DealTypeExtractor();
    private final GroundingCheck groundingCheck;
    private final Summariser summariser;
    private final SourceTiers tiers;

    public RumourEngine(KnowledgeBase knowledge) {
        this(knowledge, SourceTiers.defaults());
    }

    public RumourEngine(KnowledgeBase knowledge, SourceTiers tiers) {
        this(knowledge, tiers, TrainedModels.english());
    }

    /** An engine that reads articles but places no moves: what the model training needs before models exist. */
    static RumourEngine withoutTrainedModels(KnowledgeBase knowledge) {
        return new RumourEngine(knowledge, SourceTiers.defaults(), null);
    }

    /** An engine with models of the caller's (training, cross-validation). */
    RumourEngine(KnowledgeBase knowledge, SourceTiers tiers, TrainedModels models) {
        this.knowledge = knowledge;
        this.moves = models == null ? null : new MoveExtractor(models, knowledge);
        this.labels = models == null ? null : models.labels();
        this.tiers = tiers;
        this.gazetteer = new Gazetteer(knowledge);
        this.cues = CueLexicon.builtIn();
        this.splitter = new SentenceSplitter();
        this.sourceExtractor = new SourceExtractor(knowledge);
        this.groundingCheck = new GroundingCheck(gazetteer);
        this.summariser = new Summariser(groundingCheck);
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Analysis analyse(Article article) {
        return analyse(article, false, false).analysis();
    }

    /** The analysis plus the evidence behind the label and the summary's check, for the evaluation report. */
    public Detailed analyseInDetail(Article article) {
        return analyse(article, true, true);
    }

    /**
     * The analysis and its {@link Explanation} (as {@code analyse --explain} prints it), without the summary's
     * grounding check: what the running bot keeps for {@code /why}.
     */
    public Detailed analyseExplained(Article article) {
        return analyse(article, true, false);
    }

    private Detailed analyse(Article article, boolean detailed, boolean grounded) {
        Reading reading = read(article);
        ArticleText text = reading.text();
        List<Mention> mentions = reading.mentions();
        TransferClassifier.Classification classification = classify(text, mentions);
        Label label = classification.label();
        boolean transfer = label != Label.NOT_TRANSFER;

        List<Player> players = new ArrayList<>();
        List<Club> clubs = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        if (transfer) {
            for (EntitySelector.Prominence p : selector.rank(text, mentions, EntityKind.PLAYER)) {
                players.add(knowledge.player(p.id)
                        .map(k -> new Player(k.id(), k.fullName(), true))
                        .orElseGet(() -> new Player(p.id, p.surface, false)));
            }
            Set<String> playerIds = new HashSet<>();
            players.forEach(p -> playerIds.add(p.id()));
            for (EntitySelector.Prominence p : selector.rank(text, mentions, EntityKind.CLUB, playerIds)) {
                knowledge.club(p.id).ifPresent(clubs::add);
            }
            sources = sourceExtractor.extract(text);
            if (players.isEmpty() && aboutStaff(text)) {
                // A manager or director moving is not a player transfer, whatever the vocabulary says.
                label = Label.NOT_TRANSFER;
                transfer = false;
                clubs.clear();
                sources = new ArrayList<>();
            }
        }
        String mainPlayer = players.isEmpty() ? null : players.get(0).id();
        Integer expiry = transfer ? expiries.extract(text, label) : null;
        DealType dealType = dealTypes.extract(text, label);
        StoryStage stage = StageDetector.stage(text, label);
        Label finalLabel = label;
        List<MoveExtractor.Found> found = transfer
                ? moves.extract(text, mentions, players, label, stage, detailed)
                : List.of();
        List<Move> storyMoves = found.stream().map(MoveExtractor.Found::move).toList();
        Move headline = storyMoves.isEmpty() ? null : storyMoves.get(0);
        Club from = headline == null ? null : headline.fromClub();
        List<Club> to = headline == null || headline.toClub() == null ? List.of() : List.of(headline.toClub());
        String fee = headline == null ? (transfer && mainPlayer == null ? fees.extract(text, mentions, null) : null) : headline.fee();
        if (headline != null) {
            clubs = withMoveClubs(clubs, storyMoves);
        }

        NamedEntities named = new NamedEntities(mentions, sources);
        String summary = summariser.summarise(text,
                new Summariser.Facts(label, players, clubs, from, to, fee, sources), named);
        List<RatedSource> rated = sources.stream()
                .map(s -> new RatedSource(s.id(), s.name(), s.kind(), tiers.tierOf(s, null)))
                .toList();
        Analysis analysis = Analysis.builder(article.id()).label(finalLabel).confidence(classification.confidence())
                .players(players).clubs(clubs).sources(rated).fromClub(from).toClubs(to).fee(fee)
                .contractExpiryYear(expiry).dealType(dealType).stage(stage).summary(summary).moves(storyMoves).build();
        if (!detailed) {
            return new Detailed(analysis, null, null, null);
        }
        return new Detailed(analysis, classification.features().toString(),
                grounded ? groundingCheck.check(summary, text, named) : null, Explanation.of(text, classification, found));
    }

    /** The clubs with every move's ends in them: a stated destination is always one of the story's clubs. */
    private static List<Club> withMoveClubs(List<Club> clubs, List<Move> storyMoves) {
        List<Club> all = new ArrayList<>(clubs);
        for (Move move : storyMoves) {
            for (Club club : new Club[] {move.toClub(), move.fromClub()}) {
                if (club != null && !all.contains(club)) {
                    all.add(club);
                }
            }
        }
        return all;
    }

    /** The hand-written classifier's verdict alone (what the label model learns to weigh). */
    TransferClassifier.Classification classifyByRules(ArticleText text) {
        return classifier.classify(text);
    }

    /**
     * The rules' label unless the label model, which weighs the rules' verdict with the rest of the pattern,
     * is sure of another; the rules' alone without models.
     */
    private TransferClassifier.Classification classify(ArticleText text, List<Mention> mentions) {
        TransferClassifier.Classification rules = classifier.classify(text);
        if (labels == null) {
            return rules;
        }
        java.util.Map<String, Double> p = labels.probabilities(labelFeatures.describe(text, mentions, rules));
        String best = MoveExtractor.best(p);
        if (!best.equals(rules.label().wire()) && p.get(best) < TrainedModels.LABEL_OVERRULES) {
            return rules;
        }
        return new TransferClassifier.Classification(Label.fromWire(best), p.get(best), rules.features());
    }

    /** An article as read: its text and every name in it (discovered players included), in text order. */
    record Reading(ArticleText text, List<Mention> mentions) {
    }

    Reading read(Article article) {
        ArticleText text = prepare(article);
        List<Mention> mentions = new ArrayList<>(text.mentions());
        mentions.addAll(discovery.discover(text));
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return new Reading(text, mentions);
    }

    private static boolean aboutStaff(ArticleText text) {
        for (int s = 0; s < Math.min(3, text.sentenceCount()); s++) {
            if (text.cuesIn(s).contains(Cue.STAFF)) {
                return true;
            }
        }
        return false;
    }

    /** An analysis with the classifier's evidence and the summary's grounding verdict. */
    public record Detailed(Analysis analysis, String evidence, GroundingCheck.Result grounding, Explanation explanation) {
    }

    /** Checks any summary against an article, e.g. one written by another component. */
    public GroundingCheck.Result checkGrounding(String summary, Article article) {
        ArticleText text = prepare(article);
        return groundingCheck.check(summary, text, new NamedEntities(discovery.discover(text), List.of()));
    }

    private ArticleText prepare(Article article) {
        return new ArticleText(article, splitter, gazetteer, cues, knowledge);
    }
}
