package dev.rumourmill.rumours;

/** Compares fees written differently: "€20m (£15m)" and "20 million euros" are the same fee. */
public final class Fees {

    private static final Amounts ENGLISH = new Amounts(Lexicon.english());

    private Fees() {
    }

    /** Currency and value in millions of the first amount in {@code fee} ("EUR:20.0"); the text itself if none. */
    public static String key(String fee) {
        String key = ENGLISH.key(fee);
        return key != null ? key : FoldedText.fold(fee);
    }
}
