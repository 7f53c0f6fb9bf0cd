package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScanningTest {

    private static final List<String> WORDS = List.of("bid", "bidding", "offer", "offered", "set to sign", "sign",
            "signing", "made an? (?:offer|bid)", "deal", "fee");
    /** Plain words, as a word list takes them. */
    private static final List<String> PLAIN = List.of("bid", "bidding", "offer", "offered", "set to sign", "sign",
            "signing", "made an offer", "deal", "fee", "add-ons");

    /** Every match find() gives, as "start-end:text". */
    private static List<String> allMatches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> allScanned(Pattern pattern, String text, Scanning.Starts starts) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        for (int at = 0; Scanning.find(m, text, at, text.length(), starts); at = m.end()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    /** Random texts from words of the list, near-misses and punctuation: where the two forms could part. */
    private static List<String> texts() {
        String[] parts = {"bid", "bidding", "bids", "offer", "offered", "set", "to", "sign", "signing", "made", "a",
            "an", "deal", "fee", "fees", "add", "ons", "£20m", "2026", "x", ",", ".", "-", " ", " ", "_", "é", "\u0301",
            "e\u0301"};
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    @DisplayName("an alternation grouped by first letter finds exactly what the plain alternation finds")
    void groupedAlternationIsTheSame() {
        // GIVEN the plain and the grouped form of one word list
        Pattern plain = Pattern.compile("\\b(?:" + String.join("|", WORDS) + ")\\b");
        Pattern grouped = Pattern.compile("\\b" + Scanning.anyOf(WORDS) + "\\b");

        // WHEN both search the same texts
        // THEN they give the same matches, the same alternative preferred
        for (String text : texts()) {
            assertThat(allMatches(grouped.matcher(text))).as(text).isEqualTo(allMatches(plain.matcher(text)));
        }
        assertThat(Scanning.anyOf(List.of("bid", "bidding", "fee"))).isEqualTo("(?:b(?:id|idding)|f(?:ee))");
    }

    @Test
    @DisplayName("an alternative that starts with a pattern cannot be grouped and is refused")
    void refusesPatternFirst() {
        assertThatThrownBy(() -> Scanning.anyOf(List.of("(?:will|to) sign"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scanning.anyOf(List.of("s?igned"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("trying a pattern only where a match can start gives find()'s matches")
    void scanningMatchesFind() {
        // GIVEN patterns that begin at a word, a digit or a currency sign
        Scanning.WordList words = Scanning.WordList.of(PLAIN);
        Pattern amount = Amounts.AMOUNT;
        Pattern year = Pattern.compile("\\b(20\\d\\d)\\b");

        // WHEN each searches the texts both ways
        // THEN the matches are the same
        for (String text : texts()) {
            assertThat(allScanned(words.pattern(), text, words.starts())).as(text)
                    .isEqualTo(allMatches(words.pattern().matcher(text)));
            assertThat(allScanned(amount, text, Amounts.STARTS)).as(text).isEqualTo(allMatches(amount.matcher(text)));
            assertThat(allScanned(year, text, Scanning.Starts.of("2").atWordStart())).as(text)
                    .isEqualTo(allMatches(year.matcher(text)));
        }
    }

    @Test
    @DisplayName("a word list matches whole words only, after any character that is not part of a word")
    void wordListWholeWords() {
        Scanning.WordList fee = Scanning.WordList.of(List.of("fee", "bid"));

        assertThat(fee.foundIn("the fee is agreed")).isTrue();
        assertThat(fee.foundIn("(bid) rejected")).isTrue();
        assertThat(fee.foundIn("coffee and forbidden fees")).isFalse();
        assertThat(fee.foundIn("rebid_bid")).isFalse();
    }
}
