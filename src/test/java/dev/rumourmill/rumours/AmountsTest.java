package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("amounts are read as the press writes them")
    @CsvSource(delimiter = '|', value = {
            "€20million | EUR:20.0",
            "55 million euros | EUR:55.0",
            "more than £2 million | GBP:2.0",
            "£1.5bn | GBP:1500.0",
            "£25,000,000 | GBP:25.0",
            "£100k | GBP:0.1"})
    void commonForms(String written, String key) {
        // GIVEN an amount as written / WHEN it is read / THEN its currency and value in millions
        assertThat(Fees.key(written)).isEqualTo(key);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("common misspellings and abbreviations of 'million' are read as millions")
    @CsvSource(delimiter = '|', value = {
            "£75 millon | GBP:75.0",
            "€60 milion | EUR:60.0",
            "€30 millions | EUR:30.0",
            "€50mln | EUR:50.0",
            "£30 mill | GBP:30.0"})
    void misspeltUnits(String written, String key) {
        // GIVEN a unit written the way hurried copy often writes it / WHEN read / THEN millions
        assertThat(Fees.key(written)).isEqualTo(key);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("a number in words before a unit is read")
    @CsvSource(delimiter = '|', value = {
            "five million pounds | GBP:5.0",
            "Twenty million euros | EUR:20.0",
            "£ten million | GBP:10.0"})
    void numberWords(String written, String key) {
        assertThat(Fees.key(written)).isEqualTo(key);
    }

    @Test
    @DisplayName("a number in words without a unit is no amount: 'five euros' is not five million")
    void numberWordWithoutUnit() {
        // GIVEN / WHEN / THEN: no amount, so the text itself is the key
        assertThat(Fees.key("five euros")).isEqualTo("five euros");
        assertThat(Fees.key("someone million euros")).isEqualTo("someone million euros");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("a range is read from its first number, with the range's unit when the first has none")
    @CsvSource(delimiter = '|', value = {
            "€20-25m | EUR:20.0",
            "€20–25m | EUR:20.0",
            "between £20 and £25 million | GBP:20.0",
            "£30million to £35m | GBP:30.0",
            "£18m and £22m | GBP:18.0"})
    void ranges(String written, String key) {
        assertThat(Fees.key(written)).isEqualTo(key);
    }
}
