package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordsAfterClubTest {

    /** The patterns WordsAfterClub answers for, as the direction rules were first written. */
    private static final Pattern BUYER = Pattern.compile(
            "^(?:'s?)?\\s+(?:fc\\s+)?(?:are|is|have|has|had|were|was|will|would|could|might|must|remain|look)?\\s*"
                    + "(?:(?:been|now|also|still|reportedly|already|increasingly|very|all|firmly|understood to be|believed to be|said to be)\\s+)*"
                    + "(?:confident|close|keen|interested|set to sign|in talks|plotting|plot|plan|eyeing|eye|monitoring|monitor|"
                    + "chasing|chase|targeting|target|want|wants|wanted|hopeful|hoping|hope|ready|prepared|considering|consider|"
                    + "lining up|line up|closing in|made an? (?:offer|bid|approach|enquiry)|make an? (?:offer|bid|approach)|"
                    + "submitted|tabled|bid|bidding|offered|agreed (?:a )?(?:fee|deal|terms)|weighing|weigh|lead the race|"
                    + "leading the race|push|pushing|poised|on the verge|nearing|edging|opened talks|open talks|identified|"
                    + "set their sights|sights|favourites to sign|lead|leading|swoop|table|launch|launched|step up|stepped up|"
                    + "are after|after|admirers|rival|rivals|battling|battle|compete|in the race|race|fighting|scouted|tracking|"
                    + "(?:will|to) sign|signing|interest|pursuit|move for|approach|offer|proposal|enquiry)\\b");
    private static final Pattern SELLER = Pattern.compile(
            "^(?:'s?)\\s+(?:[a-z-]+\\s+){0,3}?(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|centre-back|"
                    + "center-back|full-back|right-back|left-back|wing-back|playmaker|captain|star|youngster|attacker|"
                    + "academy graduate|number|no\\.)\\b"
                    + "|^\\s+(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|centre-back|center-back|full-back|"
                    + "right-back|left-back|wing-back|playmaker|captain|star|youngster|attacker)\\b"
                    + "|^(?:'s?)?\\s+(?:are|is|have|has)?\\s*(?:(?:now|also|still|reportedly)\\s+)*(?:willing to sell|ready to sell|"
                    + "prepared to sell|want £|want €|value|valued|demand|demanding|asking|reject|rejected|turned down|"
                    + "knocked back|refuse|refused|accept|accepted)");

    /** Text after a club's name, made of the rules' own words, near misses and separators. */
    private static List<String> afters() {
        List<String> parts = new ArrayList<>(List.of("'", "'s", "s", "fc", "are", "is", "have", "will", "now", "also",
                "reportedly", "understood", "to", "be", "said", "made", "make", "a", "an", "agreed", "fee", "deal", "sign",
                "set", "their", "sights", "in", "the", "race", "talks", "no.", "no", "number", "academy", "graduate",
                "want", "£", "willing", "sell", "turned", "down", "keener", "bids", "x", "new", "-", ",", "_", "9",
                "first-team", "interested", "interest", "centre-back", "star", "starlet", "rejected", "value"));
        parts.addAll(WordsAfterClub.BUYING);
        parts.addAll(WordsAfterClub.POSITIONS);
        parts.addAll(WordsAfterClub.SELLING);
        String[] gaps = {" ", " ", " ", "  ", "", "\n", ", "};
        Random random = new Random(11);
        List<String> afters = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "" : gaps[random.nextInt(gaps.length)]);
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                text.append(parts.get(random.nextInt(parts.size()))).append(gaps[random.nextInt(gaps.length)]);
            }
            afters.add(text.toString());
        }
        return afters;
    }

    @Test
    @DisplayName("the buyer and seller readings agree with the patterns on every generated text")
    void agreesWithThePatterns() {
        // GIVEN texts built from the rules' words / WHEN read both ways / THEN the answers are the same
        int buyers = 0;
        int sellers = 0;
        for (String after : afters()) {
            boolean buyer = BUYER.matcher(after).lookingAt();
            boolean seller = SELLER.matcher(after).lookingAt();
            assertThat(WordsAfterClub.makeBuyer(after)).as("buyer: [%s]", after).isEqualTo(buyer);
            assertThat(WordsAfterClub.makeSeller(after)).as("seller: [%s]", after).isEqualTo(seller);
            buyers += buyer ? 1 : 0;
            sellers += seller ? 1 : 0;
        }
        // and the texts exercise both answers, so the comparison means something
        assertThat(buyers).isGreaterThan(1000);
        assertThat(sellers).isGreaterThan(1000);
    }

    @Test
    @DisplayName("plain cases: 'are confident of signing' buys, ''s defender' and 'have rejected' sell")
    void plainCases() {
        assertThat(WordsAfterClub.makeBuyer(" are confident of signing him")).isTrue();
        assertThat(WordsAfterClub.makeBuyer(" are understood to be keen on him")).isTrue();
        assertThat(WordsAfterClub.makeBuyer(" are keener on someone else")).isFalse();
        assertThat(WordsAfterClub.makeBuyer(" and sevilla discussed many things")).isFalse();
        assertThat(WordsAfterClub.makeSeller("'s first-team winger tom")).isTrue();
        assertThat(WordsAfterClub.makeSeller("'s no. 9")).isFalse();
        assertThat(WordsAfterClub.makeSeller("'s no.9")).isTrue();
        assertThat(WordsAfterClub.makeSeller(" have now rejected a bid")).isTrue();
        assertThat(WordsAfterClub.makeSeller(" striker's agent")).isTrue();
        assertThat(WordsAfterClub.makeSeller(" strikers are")).isFalse();
    }
}
