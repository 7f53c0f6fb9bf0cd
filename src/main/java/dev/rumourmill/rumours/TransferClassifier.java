package dev.rumourmill.rumours;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Labels an article from the whole pattern of its cue phrases rather than from any one keyword:
 * transfer words count only in sentences that name a player or club, the headline and the lede weigh
 * more, and match-report or feature vocabulary pulls towards "not transfer". Hedges ("here we go",
 * "subject to a medical", "set to") keep a deal a rumour until the official word. Immutable.
 */
final class TransferClassifier {

    private static final Cue[] CUES = Cue.values();

    private final ScoreLines scoreLines;
    /** The club itself speaking ("announced", "statement", "website"), at the start of a word. */
    private final Pattern clubSpeaks;

    TransferClassifier() {
        this(Lexicon.english());
    }

    TransferClassifier(Lexicon lexicon) {
        this.scoreLines = new ScoreLines(lexicon);
        this.clubSpeaks = Pattern.compile("\\b" + lexicon.anyOf("club-statement-words"));
    }

    record Classification(Label label, double confidence, Features features) {
    }

    /** The evidence, weighted; exposed for the evaluation's error listing. */
    record Features(double transfer, double rumour, double confirmed, double denial, double match,
            double feature, double hedge, int words) {

        @Override
        public String toString() {
            return String.format("transfer=%.1f rumour=%.1f confirmed=%.1f denial=%.1f match=%.1f feature=%.1f hedge=%.1f words=%d",
                    transfer, rumour, confirmed, denial, match, feature, hedge, words);
        }
    }

    Classification classify(ArticleText article) {
        Features f = features(article);
        double perHundredWords = 100.0 / Math.max(100, f.words());
        double transfer = f.transfer() * perHundredWords;
        double match = f.match() * perHundredWords;
        double feature = f.feature();

        Map<Label, Double> score = new EnumMap<>(Label.class);
        score.put(Label.NOT_TRANSFER, 1.2 + 0.55 * match + 0.6 * feature);
        double transferness = transfer;
        double rumour = f.rumour() * perHundredWords;
        double confirmed = f.confirmed() * perHundredWords;
        double denial = f.denial() * perHundredWords;
        double hedge = f.hedge() * perHundredWords;
        score.put(Label.RUMOUR, transferness * 0.5 + rumour * 0.8 + hedge * 0.6);
        score.put(Label.CONFIRMED, transferness * 0.5 + confirmed * 1.2 - hedge * 0.7 - rumour * 0.1);
        // One denial word is not a denial story ("he did not rule out a move"): it takes two.
        score.put(Label.DENIAL, f.denial() < 2 ? 0 : transferness * 0.4 + denial * 2.2 - 0.6);

        Label best = Label.NOT_TRANSFER;
        for (Map.Entry<Label, Double> e : score.entrySet()) {
            if (e.getValue() > score.get(best)) {
                best = e.getKey();
            }
        }
        return new Classification(best, confidence(score, best), f);
    }

    /** A soft-max over the label scores: near 1 when one label clearly wins, near 0.25 when all tie. */
    private static double confidence(Map<Label, Double> score, Label best) {
        double sum = 0;
        for (double s : score.values()) {
            sum += Math.exp(s - score.get(best));
        }
        return Math.round(1000.0 / sum) / 1000.0;
    }

    Features features(ArticleText article) {
        int sentences = article.sentenceCount();
        boolean[] named = new boolean[sentences];
        for (int i = 0; i < article.mentions().size(); i++) {
            Mention m = article.mentions().get(i);
            int s = article.sentenceOfMention(i);
            if (s >= 0 && m.kind() != EntityKind.SOURCE && !article.isClutterOffset(m.start())) {
                named[s] = true;
            }
        }
        Map<Cue, double[]> perSentence = new EnumMap<>(Cue.class);
        for (Cue cue : CUES) {
            perSentence.put(cue, new double[sentences]);
        }
        for (int i = 0; i < article.cues().size(); i++) {
            int s = article.sentenceOfCue(i);
            if (s >= 0) {
                perSentence.get(article.cues().get(i).cue())[s]++;
            }
        }
        double transfer = 0;
        double rumour = 0;
        double confirmed = 0;
        double denial = 0;
        double match = 0;
        double feature = 0;
        double hedge = 0;
        int bodyIndex = 0;
        for (int s = 0; s < sentences; s++) {
            boolean title = article.isTitle(s);
            double weight = title ? 3 : bodyIndex < 3 ? 2 : 1;
            if (!title) {
                bodyIndex++;
            }
            double t = Math.min(3, perSentence.get(Cue.TRANSFER)[s]);
            match += Math.min(4, perSentence.get(Cue.MATCH)[s]) + 2 * scoreLines(article, s);
            if (title) {
                feature += 2.5 * Math.min(2, perSentence.get(Cue.FEATURE)[s]);
            } else if (bodyIndex <= 2) {
                feature += 0.5 * Math.min(2, perSentence.get(Cue.FEATURE)[s]);
            }
            if (!named[s]) {
                // "his agent issued an outright denial": denials often name nobody; they still count, less.
                denial += 0.6 * weight * Math.min(2, perSentence.get(Cue.DENIAL)[s]);
                transfer += 0.3 * Math.min(2, perSentence.get(Cue.TRANSFER)[s]);
                continue;
            }
            transfer += weight * t;
            boolean denies = perSentence.get(Cue.DENIAL)[s] > 0;
            if (t > 0 || perSentence.get(Cue.STAGE_AGREED)[s] > 0) {
                // In "the agent denied reports of interest" the reports are what is denied, not a rumour.
                rumour += denies ? 0 : weight * Math.min(3, perSentence.get(Cue.RUMOUR)[s]);
                double c = Math.min(3, perSentence.get(Cue.CONFIRMED)[s]);
                confirmed += weight * c;
                if (c > 0 && clubSpeaks.matcher(article.foldedSentence(s)).find()) {
                    confirmed += weight;
                }
                hedge += weight * Math.min(3, perSentence.get(Cue.HEDGE)[s]);
            }
            denial += weight * Math.min(2, perSentence.get(Cue.DENIAL)[s]);
        }
        int words = article.wordCount();
        return new Features(transfer, rumour, confirmed, denial, match, feature, hedge, words);
    }

    private int scoreLines(ArticleText article, int s) {
        if (!article.sentenceHas(s, ArticleText.DASH) || !article.sentenceHas(s, ArticleText.DIGIT)) {
            return 0;
        }
        return scoreLines.count(article.sentence(s), 2);
    }
}
