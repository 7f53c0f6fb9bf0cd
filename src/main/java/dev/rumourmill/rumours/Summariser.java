package dev.rumourmill.rumours;

import java.util.List;
import java.util.Set;

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

    String summarise(ArticleText article, Facts facts, Set<String> extraEntityKeys) {
        int lede = ledeSentence(article, facts);
        String ledeText = lede < 0 ? "" : clean(article.sentence(lede));
        String template = template(facts);
        String summary = fit(template, ledeText);
        if (check.check(summary, article, extraEntityKeys).grounded()) {
            return summary;
        }
        String fallback = shorten(ledeText, MAX_LENGTH);
        return check.check(fallback, article, extraEntityKeys).grounded() ? fallback : "";
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
        if (!facts.players().isEmpty()) {
            out.append(facts.players().get(0).name());
            if (!facts.toClubs().isEmpty()) {
                out.append(" to ").append(facts.toClubs().get(0).name());
            }
            if (facts.fromClub() != null) {
                out.append(" from ").append(facts.fromClub().name());
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

    private static String clean(String sentence) {
        return sentence.replaceAll("\\s+", " ").strip();
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
