package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether one mention of a club is background rather than part of the move an article reports:
 * a player's former club ("the ex-Valencia playmaker", "his 2019 move from Rayo", "came through at X"), an
 * opponent in a match ("before Tuesday's game against Sevilla", "a 3-2 win over Lyon"), or a betting line
 * ("Odds: X 9/2 to move to Y"). Such a mention neither makes the club part of the story nor keeps it beside
 * the player; a club the article also names in the story itself still counts. Immutable.
 */
final class BackgroundMentions {

    /** One or two words right before a club that make it background: "former", "win over". */
    private final Set<String> beforeClub;
    /** Prefixes joined to the club's name: "ex-". */
    private final List<String> prefixes = new ArrayList<>();
    private final Set<String> articles;
    private final ScoreLines scoreLines;
    /** A bookmaker's price ("9/2", "11/4") in a sentence about odds. */
    private final Pattern odds;
    private final PastCareerClause pastCareer;

    BackgroundMentions() {
        this(Lexicon.english());
    }

    BackgroundMentions(Lexicon lexicon) {
        this.beforeClub = lexicon.set("background-before-club");
        beforeClub.stream().filter(p -> p.endsWith("-")).forEach(prefixes::add);
        this.articles = lexicon.set("articles");
        this.scoreLines = new ScoreLines(lexicon);
        String betting = "\\b" + lexicon.anyOf("betting-words") + "\\b";
        String price = "\\b\\d{1,3}/\\d{1,2}\\b";
        this.odds = Pattern.compile(betting + ".*" + price + "|" + price + ".*" + betting);
        this.pastCareer = new PastCareerClause(lexicon);
    }

    boolean isBackground(ArticleText article, Mention mention) {
        return forArticle(article).isBackground(mention);
    }

    /** A judge for one article: sentence-wide verdicts (a score line, odds) are worked out once per sentence. */
    Judge forArticle(ArticleText article) {
        return new Judge(article);
    }

    final class Judge {
        private final ArticleText article;
        /** Per sentence: 0 not yet known, 1 a match or betting sentence, 2 neither. */
        private final byte[] sentenceVerdict;

        private Judge(ArticleText article) {
            this.article = article;
            this.sentenceVerdict = new byte[article.sentenceCount()];
        }

        boolean isBackground(Mention mention) {
            int sentence = article.sentenceOf(mention.start());
            if (sentence < 0) {
                return false;
            }
            if (sentenceVerdict[sentence] == 0) {
                sentenceVerdict[sentence] = matchOrOddsSentence(article, sentence) ? (byte) 1 : (byte) 2;
            }
            return sentenceVerdict[sentence] == 1
                    || introducedAsBackground(article.foldedBefore(mention.start(), 30))
                    || pastCareer.contains(article, mention, sentence);
        }
    }

    /** Whether the words right before the club (a "the" skipped) are a former-club or an opponent phrase. */
    boolean introducedAsBackground(String before) {
        List<String> words = new ArrayList<>(List.of(before.strip().split("\\s+")));
        if (!words.isEmpty() && articles.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.get(words.size() - 1).isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (beforeClub.contains(last) || hasPrefix(last)) {
            return true;
        }
        return words.size() >= 2 && beforeClub.contains(words.get(words.size() - 2) + " " + last);
    }

    /** "ex-" at the end of the word, not inside a longer one ("Alex-"). */
    private boolean hasPrefix(String word) {
        for (String prefix : prefixes) {
            int at = word.length() - prefix.length();
            if (word.endsWith(prefix) && (at == 0 || !Character.isLetter(word.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean matchOrOddsSentence(ArticleText article, int sentence) {
        // A score line or odds need digits and a dash or slash: test the characters before any pattern.
        boolean dash = article.sentenceHas(sentence, ArticleText.DASH);
        boolean slash = article.sentenceHas(sentence, ArticleText.SLASH);
        if (!dash && !slash || !article.sentenceHas(sentence, ArticleText.DIGIT)) {
            return false;
        }
        String folded = article.foldedSentence(sentence);
        if (dash && !article.isTitle(sentence) && scoreLines.foundIn(folded)) {
            return true;
        }
        return slash && odds.matcher(folded).find();
    }
}
