package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CorpusTest {

    private static Corpus.Labelled labelled(String json) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(json);
        return new Corpus.Labelled(Corpus.article(gold), gold);
    }

    @Test
    @DisplayName("an article trains every model unless it lists the ones it was written for")
    void trains() throws Exception {
        // GIVEN an article without a "trains" field and one written for the fee model
        Corpus.Labelled plain = labelled("{\"id\":\"t-1\",\"text\":\"Brackley want a striker.\",\"label\":\"rumour\"}");
        Corpus.Labelled fees = labelled("{\"id\":\"t-2\",\"text\":\"Brackley bid £2m.\",\"label\":\"rumour\","
                + "\"trains\":[\"fees\"]}");

        // WHEN asked which models they train
        // THEN the first trains all of them, the second only the fee model
        assertThat(plain.trains("labels")).isTrue();
        assertThat(plain.trains("roles")).isTrue();
        assertThat(fees.trains("fees")).isTrue();
        assertThat(fees.trains("labels")).isFalse();
        assertThat(fees.trains("roles")).isFalse();
        assertThat(fees.trains("kinds")).isFalse();
    }
}
