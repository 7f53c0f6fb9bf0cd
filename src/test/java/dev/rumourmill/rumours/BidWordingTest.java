package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BidWordingTest {

    private static final BidWording BIDS = BidWording.of(Lexicon.english());

    @ParameterizedTest(name = "\"{0}\" is a later offer: {1}")
    @CsvSource(delimiter = '|', value = {
            "Brentford have made a second bid of €30m for the winger. | true",
            "Celtic have upped their offer to £4.2m, reports say. | true",
            "Lille came back with an improved offer of €19m, bonuses included. | true",
            "Stuttgart sent a higher offer of €18m on Thursday. | true",
            "Racing, leaders of the second division, want €8m for the midfielder. | false",
            "Brentford have made an offer of €30m for the winger. | false"})
    void laterOffer(String sentence, boolean later) {
        // GIVEN a sentence with one amount
        ArticleText article = TestEngine.prepare(null, sentence, LocalDate.of(2025, 7, 1));
        int start = sentence.indexOf(sentence.contains("€") ? '€' : '£');

        // WHEN the words before it are read
        // THEN only a later-offer word linked to the amount by offer words makes it a later offer
        assertThat(BIDS.laterOffer(article, start)).isEqualTo(later);
    }
}
