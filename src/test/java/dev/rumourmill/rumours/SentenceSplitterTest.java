package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    /** The false-end test the splitter had as a regex, matched over a sentence's last five characters. */
    private static final Pattern FALSE_END =
            Pattern.compile("(?:\\b(?:St|Dr|Mr|Mrs|Ms|Jr|Sr|No|vs|v|Nos|Ft|Mt)|\\b[A-Z])\\.\\s*$");

    private static List<String> split(String text) {
        return SPLITTER.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    @DisplayName("'St. James' Park' does not end a sentence")
    void saintIsNotAnEnd() {
        // GIVEN / WHEN
        List<String> sentences = split("He will have a medical at St. James' Park on Monday. The fee is £30m.");

        // THEN
        assertThat(sentences).containsExactly("He will have a medical at St. James' Park on Monday.", "The fee is £30m.");
    }

    @Test
    @DisplayName("a line break ends a sentence, so a headline without a full stop stands alone")
    void lineBreakEndsSentence() {
        assertThat(split("Arsenal close in on winger\nThe deal is nearly done.")).containsExactly(
                "Arsenal close in on winger", "The deal is nearly done.");
    }

    @Test
    @DisplayName("a full stop after a plain word, then a capital, ends a sentence")
    void plainWordFullStopEnds() {
        // GIVEN / WHEN
        List<String> sentences = split("Brentford have agreed a fee with Sevilla. The player flies in tonight.");

        // THEN
        assertThat(sentences).containsExactly("Brentford have agreed a fee with Sevilla.", "The player flies in tonight.");
    }

    @Test
    @DisplayName("'?' and '!' end sentences")
    void questionAndExclamationEnd() {
        // GIVEN / WHEN
        List<String> question = split("Will the deal go through? Nobody at the club would say.");
        List<String> exclamation = split("What a signing! The fans are delighted.");

        // THEN
        assertThat(question).containsExactly("Will the deal go through?", "Nobody at the club would say.");
        assertThat(exclamation).containsExactly("What a signing!", "The fans are delighted.");
    }

    @Test
    @DisplayName("a closing quote after the full stop stays with its sentence")
    void quoteAfterFullStop() {
        // GIVEN / WHEN
        List<String> sentences = split("The manager said: \"We are close.\" Talks resume on Monday.");

        // THEN
        assertThat(sentences).containsExactly("The manager said: \"We are close.\"", "Talks resume on Monday.");
    }

    @Test
    @DisplayName("a decimal point ('€39.5m') ends no sentence; a year or an amount before a full stop does")
    void decimalsAndNumbers() {
        // GIVEN / WHEN
        List<String> sentences = split("The fee is €39.5m plus add-ons. He signs until 2029. It beats the €30m bid.");

        // THEN
        assertThat(sentences).containsExactly("The fee is €39.5m plus add-ons.", "He signs until 2029.", "It beats the €30m bid.");
    }

    @Test
    @DisplayName("'No. 9' does not end a sentence")
    void numberAbbreviation() {
        // GIVEN / WHEN
        List<String> sentences = split("He will wear the No. 9 shirt next season. The club confirmed it.");

        // THEN
        assertThat(sentences).containsExactly("He will wear the No. 9 shirt next season.", "The club confirmed it.");
    }

    @Test
    @DisplayName("initials ('A. N. Other') do not end a sentence")
    void initials() {
        // GIVEN / WHEN
        List<String> sentences = split("The deal was brokered by A. N. Other on Friday. Both clubs are happy.");

        // THEN
        assertThat(sentences).containsExactly("The deal was brokered by A. N. Other on Friday.", "Both clubs are happy.");
    }

    @Test
    @DisplayName("a sentence may start with 'St. James' Park' right after a clear sentence end")
    void saintAfterASentenceEnd() {
        // GIVEN / WHEN
        List<String> sentences = split("The medical is booked. St. James' Park will host it on Monday.");

        // THEN
        assertThat(sentences).containsExactly("The medical is booked.", "St. James' Park will host it on Monday.");
    }

    @Test
    @DisplayName("'Mr.' in the middle of a sentence does not end it")
    void misterMidSentence() {
        // GIVEN / WHEN
        List<String> sentences = split("Talks with Mr. Hardcastle went well. A bid follows.");

        // THEN
        assertThat(sentences).containsExactly("Talks with Mr. Hardcastle went well.", "A bid follows.");
    }

    @Test
    @DisplayName("an abbreviation such as 'Dec.' is OpenNLP's call, which keeps 'Dec. 1' in its sentence")
    void abbreviationIsTheModelsCall() {
        // GIVEN: "Dec." would pass for a plain word and "1" may start a sentence, but "dec" is an abbreviation
        String text = "The window shuts on Dec. 1 this year. Arsenal want a deal before then.";

        // WHEN
        List<String> sentences = split(text);

        // THEN
        assertThat(sentences).containsExactly("The window shuts on Dec. 1 this year.", "Arsenal want a deal before then.");
    }

    @Test
    @DisplayName("a piece the scan leaves open goes to OpenNLP, which splits it after a short word and keeps 'U.S.'")
    void undecidedPieceGoesToTheModel() {
        // GIVEN: "go." is too short for the scan to be sure of, "U.S." looks like an abbreviation
        String shortWord = "He wants to go. The club agree.";
        String initialism = "He left the U.S. side in May. Fulham want him.";

        // WHEN
        List<String> afterShortWord = split(shortWord);
        List<String> afterInitialism = split(initialism);

        // THEN
        assertThat(afterShortWord).containsExactly("He wants to go.", "The club agree.");
        assertThat(afterInitialism).containsExactly("He left the U.S. side in May.", "Fulham want him.");
    }

    @Test
    @DisplayName("spans are in order, exclusive at the end and cover no blanks")
    void spansCoverNoBlanks() {
        // GIVEN
        String text = "  Lots   of space.   Here too.  \n\n  Next line? Yes. ";

        // WHEN
        List<int[]> spans = SPLITTER.split(text);

        // THEN
        assertThat(spans.stream().map(s -> text.substring(s[0], s[1])).toList())
                .containsExactly("Lots   of space.", "Here too.", "Next line?", "Yes.");
        assertThat(spans.stream().map(s -> s[0] + "-" + s[1]).toList()).containsExactly("2-18", "21-30", "36-46", "47-51");
    }

    @Test
    @DisplayName("a split after 'Mr.', 'No.' or an initial is re-joined; after a plain word or 'Best.' it stays")
    void falseEndsAreRejoined() {
        // GIVEN / WHEN
        List<String> sentences = split("Talks with Mr. Hardcastle went well. He wore No. 9 for J. R. Pryce. Best. Then more.");

        // THEN
        assertThat(sentences).containsExactly("Talks with Mr. Hardcastle went well.", "He wore No. 9 for J. R. Pryce.",
                "Best.", "Then more.");
    }

    @Test
    @DisplayName("the scan only settles sentence ends where OpenNLP, reading whole lines, splits too")
    void agreesWithTheModelReadingWholeLines() throws IOException {
        // GIVEN: the splitter as it was (OpenNLP over each whole line, then the same re-joins), and awkward lines
        SentenceDetectorME wholeLines;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            wholeLines = new SentenceDetectorME(new SentenceModel(in));
        }
        String text = String.join("\n",
                "Brekkevold joins Brentford in a €24.5m deal. The fee rises to €28m. He signs until 2030.",
                "He left for Germany last summer. 1. FC Köln paid the fee. Transferwhispers.com broke the story.",
                "Talks stalled on Monday. Why? The wage demands were too high. What a saga! Everyone is tired.",
                "The coach said: \"We are close.\" Nobody believed him. 'It is done,' he added. “Really.” Then silence.",
                "Vellacourt wore the No. 9 shirt. No. 10 went to Højlund. Nos. 4 and 5 are free. He wants to go. Fine.",
                "The medical is at St. James' Park. St. Pauli watched him. Mr. Hardcastle and Dr. Pryce agreed.",
                "J. R. Pryce and A. N. Other met the U.S. owners at 3 p.m. The window shuts on Dec. 1 this year.",
                "They won 2-1. He scored at approx. 9 p.m. Then (The Sun) reported it. It is a \"done deal\". OK.",
                "He earns £90k a week. The offer was 6m. PSV said NO. The Bodø/Glimt move is off. O'Neill agreed.",
                "  Lots   of\u00a0space here.\tAnd a tab.   Then more.  ",
                "Ødegaard stayed. Überraschung? Él no. Ørsted paid 2m. 2026 will be his year. ‘Quoted’ too.",
                // where the model, unlike the scan's rule would, does not split: a short number, '!', a short word
                "Kick-off is at 12. Once again it is sold out. Fans booed at Wow! In the end he stayed.",
                "Brentford played a very different Go. In the second half they pressed.");

        // WHEN
        List<String> hybrid = split(text);

        // THEN
        List<String> expected = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n")) {
            List<int[]> spans = new ArrayList<>();
            for (Span span : wholeLines.sentPosDetect(line)) {
                int start = lineStart + span.getStart();
                int end = lineStart + span.getEnd();
                int[] previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (previous != null && FALSE_END.matcher(text).region(Math.max(previous[0], previous[1] - 5), previous[1])
                        .useTransparentBounds(true).find()) {
                    previous[1] = end;
                } else {
                    spans.add(new int[] {start, end});
                }
            }
            spans.forEach(s -> expected.add(text.substring(s[0], s[1])));
            lineStart += line.length() + 1;
        }
        assertThat(hybrid).containsExactlyElementsOf(expected);
    }
}
