package dev.rumourmill.rumours;

/** Loan, free or permanent, from the words of the sentences that carry transfer talk. */
final class DealTypeExtractor {

    DealType extract(ArticleText article, Label label) {
        if (label == Label.NOT_TRANSFER) {
            return null;
        }
        int loan = 0;
        int free = 0;
        for (int i = 0; i < article.cues().size(); i++) {
            CueHit hit = article.cues().get(i);
            int sentence = article.sentenceOfCue(i);
            double weight = sentence >= 0 && sentence <= 3 ? 2 : 1;
            if (hit.cue() == Cue.LOAN) {
                loan += weight;
            } else if (hit.cue() == Cue.FREE) {
                free += weight;
            }
        }
        if (loan == 0 && free == 0) {
            return DealType.PERMANENT;
        }
        return free >= loan ? DealType.FREE : DealType.LOAN;
    }
}
