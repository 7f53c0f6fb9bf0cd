package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    private static PhraseIndex<String> index() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("madrid", "madrid");
        index.add("real madrid", "real-madrid");
        index.add("st. james' park", "newcastle");
        index.add("agreed", "agreed");
        index.add("fee agreed", "fee-agreed");
        return index;
    }

    @Test
    @DisplayName("the longest phrase wins and its words are not matched again")
    void longestWins() {
        // GIVEN / WHEN
        List<PhraseIndex.Match<String>> matches = index().longest("real madrid want him; madrid is a city");

        // THEN
        assertThat(matches).extracting(m -> m.payload().get(0)).containsExactly("real-madrid", "madrid");
        assertThat(matches.get(0).start()).isZero();
        assertThat(matches.get(0).end()).isEqualTo("real madrid".length());
    }

    @Test
    @DisplayName("only whole words match: 'madridista' does not contain 'madrid'")
    void wholeWordsOnly() {
        assertThat(index().longest("a madridista speaks")).isEmpty();
    }

    @Test
    @DisplayName("punctuation between words is ignored, so spellings of one name match alike")
    void punctuationIgnored() {
        assertThat(index().longest("at st james park on monday")).extracting(m -> m.payload().get(0))
                .containsExactly("newcastle");
    }

    @Test
    @DisplayName("'all' reports overlapping phrases too")
    void allKeepsOverlaps() {
        assertThat(index().all("the fee agreed is high")).extracting(m -> m.payload().get(0))
                .containsExactly("fee-agreed", "agreed");
    }
}
