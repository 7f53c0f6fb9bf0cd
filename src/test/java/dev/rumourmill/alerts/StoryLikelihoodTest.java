package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoryLikelihoodTest {

    @Test
    @DisplayName("interest reported by a weak source is unlikely; an agreed fee from a tier-1 source is likely")
    void stageAndSourceDecide() {
        double weakInterest = StoryLikelihood.of(AlertKind.RUMOUR, "interest", 4, 1, 1.0);
        double strongAgreed = StoryLikelihood.of(AlertKind.RUMOUR, "agreed", 1, 1, 1.0);

        assertThat(weakInterest).isLessThan(0.3);
        assertThat(strongAgreed).isGreaterThan(0.8);
    }

    @Test
    @DisplayName("more independent reports raise the likelihood, but a rumour never reaches certainty")
    void moreReportsHelpUpToACeiling() {
        double one = StoryLikelihood.of(AlertKind.RUMOUR, "talks", 2, 1, 1.0);
        double three = StoryLikelihood.of(AlertKind.RUMOUR, "talks", 2, 3, 1.0);
        double many = StoryLikelihood.of(AlertKind.RUMOUR, "medical", 0, 40, 1.0);

        assertThat(three).isGreaterThan(one);
        assertThat(many).isEqualTo(StoryLikelihood.CEILING);
    }

    @Test
    @DisplayName("confirmed is certain, denied is near zero, and an uncertain label counts for less")
    void labelsAndDoubt() {
        assertThat(StoryLikelihood.of(AlertKind.CONFIRMED, "official", 0, 1, 0.9)).isEqualTo(1.0);
        assertThat(StoryLikelihood.of(AlertKind.DENIAL, "denied", 1, 1, 0.9)).isLessThan(0.1);
        assertThat(StoryLikelihood.of(AlertKind.RUMOUR, "bid", 2, 1, 0.4))
                .isLessThan(StoryLikelihood.of(AlertKind.RUMOUR, "bid", 2, 1, 1.0));
    }
}
