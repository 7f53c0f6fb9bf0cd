package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.List;

/**
 * The people an article talks of moving, known to us or not, from where the name stands: after a club's
 * wanting ("Marseille want Bruno Larloneri", {@code before-player.txt}), before his moving ("Bruno Larloneri
 * is set to join", {@code after-player.txt}) or, in a headline, before a club ("Bruno Larloneri to
 * Marseille", {@code headline-to-club.txt}). Immutable, thread-safe.
 */
final class TransferSubjects {

    private final List<String> before;
    private final List<String> after;
    private final List<String> headlineToClub;

    TransferSubjects(Lexicon lexicon) {
        this.before = normalised(lexicon.phrases("before-player"));
        this.after = normalised(lexicon.phrases("after-player"));
        this.headlineToClub = normalised(lexicon.phrases("headline-to-club"));
    }

    /** The personal names of the article that are the subject of transfer talk, in text order. */
    List<PersonalNames.Name> find(ArticleText article, PersonalNames names) {
        List<PersonalNames.Name> subjects = new ArrayList<>();
        for (PersonalNames.Name name : names.names()) {
            int s = article.sentenceOf(name.start());
            if (s < 0 || name.end() > article.sentenceEnd(s)) {
                continue;
            }
            boolean talk = transferTalk(article, s);
            boolean headline = article.isTitle(s);
            if (talk && (wanted(article, name) || moving(article, name))
                    || headline && sentToClub(article, name, article.sentenceEnd(s))) {
                subjects.add(name);
            }
        }
        return subjects;
    }

    private static boolean transferTalk(ArticleText article, int sentence) {
        var cues = article.cuesIn(sentence);
        return cues.contains(Cue.TRANSFER) || cues.contains(Cue.RUMOUR) || cues.contains(Cue.CONFIRMED);
    }

    /** "want Bruno Larloneri", "winger Bruno Larloneri": a wanting phrase or a position right before. */
    private boolean wanted(ArticleText article, PersonalNames.Name name) {
        String text = article.text();
        if (name.start() < 2 || text.charAt(name.start() - 1) != ' ' || !Character.isLetter(text.charAt(name.start() - 2))) {
            return false; // "the signing, Jose Example, said": punctuation ends the phrase
        }
        String words = " " + words(article.foldedBefore(name.start(), 40));
        for (String phrase : before) {
            if (words.endsWith(" " + phrase)) {
                return true;
            }
        }
        for (CueHit hit : article.cues()) {
            if (hit.cue() == Cue.INTRO && hit.end() <= name.start()
                    && article.text().substring(hit.end(), name.start()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** "Bruno Larloneri is set to join", "Bruno Larloneri's move". */
    private boolean moving(ArticleText article, PersonalNames.Name name) {
        String text = article.text();
        if (name.end() + 1 >= text.length() || " '’".indexOf(text.charAt(name.end())) < 0) {
            return false;
        }
        return startsWithAny(words(article.foldedAfter(name.end(), 40)), after);
    }

    /** "Bruno Larloneri to Marseille" in the headline: the club we know right after the linking words. */
    private boolean sentToClub(ArticleText article, PersonalNames.Name name, int headlineEnd) {
        for (Mention m : article.mentions()) {
            if (m.kind() == EntityKind.CLUB && m.start() >= name.end() && m.start() < headlineEnd) {
                String between = words(FoldedText.fold(article.text().substring(name.end(), m.start())));
                return headlineToClub.contains(between);
            }
        }
        return false;
    }

    private static boolean startsWithAny(String words, List<String> phrases) {
        for (String phrase : phrases) {
            if (words.equals(phrase) || words.startsWith(phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> normalised(List<String> phrases) {
        return phrases.stream().map(TransferSubjects::words).filter(p -> !p.isEmpty()).toList();
    }

    /** Folded text as words of letters and digits, one space between: "'s move," is "s move". */
    static String words(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
