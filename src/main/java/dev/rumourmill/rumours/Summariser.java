package dev.rumourmill.rumours;

import java.util.List;

/**
 * Writes the at most 280-character summary: a template built only from what the engine extracted
 * (label, player, clubs, fee, sources) plus the best lede sentence. The {@link GroundingCheck} must pass;
 * otherwise the summary falls back to the shortened lede sentence alone.
 */
final class Summariser {

    static final int MAX_LENGTH = 280;

    record Facts(Label label, List<Player> players, List<Club> clubs, Club fromClub, List<Club> toClubs, String fee,
            List<Source> sources) {
    }

    private final GroundingCheck check;

    Summariser(GroundingCheck check) {
        this.check = check;
    }

    String summarise(ArticleText article, Facts facts, NamedEntities named) {
        int lede = ledeSentence(article, facts);
        String ledeText = lede < 0 ? "" : clean(article.sentence(lede));
        String template = template(facts);
        String summary = fit(template, ledeText);
        if (check.check(summary, article, named).grounded()) {
            return summary;
        }
        String fallback = shorten(ledeText, MAX_LENGTH);
        return check.check(fallback, article, named).grounded() ? fallback : "";
    }

    private static String template(Facts facts) {
        if (facts.label() == Label.NOT_TRANSFER) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append(switch (facts.label()) {
            case CONFIRMED -> "Confirmed: ";
            case DENIAL -> "Denied: ";
            default -> "Rumour: ";
        });
        Player subject = facts.players().isEmpty() ? null : facts.players().get(0);
        if (subject != null && namesAClub(subject.name(), facts)) {
            // An unknown "player" that is really a club's name: stating "X to X" would be false.
            subject = null;
        }
        if (subject != null) {
            String subjectName = FoldedText.fold(subject.name());
            out.append(subject.name());
            Club to = facts.toClubs().isEmpty() ? null : facts.toClubs().get(0);
            if (to != null && !FoldedText.fold(to.name()).equals(subjectName)) {
                out.append(" to ").append(to.name());
            }
            Club from = facts.fromClub();
            if (from != null && (to == null || !from.id().equals(to.id()))
                    && !FoldedText.fold(from.name()).equals(subjectName)) {
                out.append(" from ").append(from.name());
            }
        } else if (!facts.clubs().isEmpty()) {
            // No player named: the clubs are the news ("Rumour: Newcastle United, £50m."), no direction to state.
            out.append(facts.clubs().get(0).name());
            if (facts.clubs().size() > 1) {
                out.append(", ").append(facts.clubs().get(1).name());
            }
        } else {
            return "";
        }
        if (facts.fee() != null && facts.fee().length() < 40) {
            out.append(", ").append(facts.fee());
        }
        if (!facts.sources().isEmpty()) {
            out.append(" (per ").append(facts.sources().get(0).name());
            if (facts.sources().size() > 1) {
                out.append(", ").append(facts.sources().get(1).name());
            }
            out.append(")");
        }
        return out.append(". ").toString();
    }

    /** Whether a name is one of the article's clubs (the subject and destination must never be the same club). */
    private static boolean namesAClub(String name, Facts facts) {
        String folded = FoldedText.fold(name);
        List<Club> all = new java.util.ArrayList<>(facts.clubs());
        all.addAll(facts.toClubs());
        if (facts.fromClub() != null) {
            all.add(facts.fromClub());
        }
        for (Club club : all) {
            if (FoldedText.fold(club.name()).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** The first body sentence about the main player (or club) with transfer talk, else the first one. */
    private static int ledeSentence(ArticleText article, Facts facts) {
        String subject = !facts.players().isEmpty() ? facts.players().get(0).id()
                : !facts.clubs().isEmpty() ? facts.clubs().get(0).id() : null;
        int firstBody = -1;
        for (int s = 0; s < article.sentenceCount(); s++) {
            if (article.isTitle(s) || article.sentenceEnd(s) - article.sentenceStart(s) < 30) {
                continue;
            }
            if (firstBody < 0) {
                firstBody = s;
            }
            if (subject != null && article.cuesIn(s).contains(Cue.TRANSFER) && article.names(s, subject)) {
                return s;
            }
        }
        return firstBody;
    }

    private static String fit(String template, String lede) {
        if (template.length() >= MAX_LENGTH - 40) {
            return shorten(lede, MAX_LENGTH);
        }
        return (template + shorten(lede, MAX_LENGTH - template.length())).strip();
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** Runs of white space ({@code \s}: space, tab, line breaks) become one space; the ends are stripped. */
    private static String clean(String sentence) {
        return WHITE_SPACE.matcher(sentence).replaceAll(" ").strip();
    }

    /** Cuts at a word boundary and marks the cut; never splits a number or a name in half. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut <= 0) {
            return "";
        }
        return text.substring(0, cut).replaceAll("[,;:(\\s-]+$", "") + "…";
    }
}
