package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.SourceOutcomeRules.Outcome;
import dev.rumourmill.alerts.SourceOutcomeRules.Settlement;
import dev.rumourmill.rumours.StoryStage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The outcome rules: what a settled story means for the sources that reported it. */
class SourceOutcomeRulesTest {

    @ParameterizedTest
    @CsvSource({"interest", "talks", "bid", "agreed", "medical"})
    @DisplayName("a source that reported the story before it was official scores a hit")
    void earlierReportOfAConfirmedStoryIsAHit(String stage) {
        // GIVEN a claim made at an earlier stage WHEN the story becomes official THEN it is a hit
        assertThat(SourceOutcomeRules.judge(stage, Settlement.CONFIRMED, null)).isEqualTo(Outcome.HIT);
    }

    @ParameterizedTest
    @EnumSource(value = Settlement.class, names = {"DENIED", "ELSEWHERE"})
    @DisplayName("a source that reported a story that collapsed (denied, or he joined another club) scores a miss")
    void earlierReportOfACollapsedStoryIsAMiss(Settlement settlement) {
        assertThat(SourceOutcomeRules.judge("talks", settlement, null)).isEqualTo(Outcome.MISS);
    }

    @Test
    @DisplayName("the official announcement and the denial themselves call nothing in advance: ignored")
    void reportsAtTheSettlingStageAreIgnored() {
        assertThat(SourceOutcomeRules.judge("official", Settlement.CONFIRMED, null)).isEqualTo(Outcome.IGNORED);
        assertThat(SourceOutcomeRules.judge("denied", Settlement.DENIED, null)).isEqualTo(Outcome.IGNORED);
        assertThat(SourceOutcomeRules.judge("denied", Settlement.CONFIRMED, null)).isEqualTo(Outcome.IGNORED);
        assertThat(SourceOutcomeRules.judge("denied", Settlement.ELSEWHERE, null)).isEqualTo(Outcome.IGNORED);
    }

    @Test
    @DisplayName("official is the truth: a denied story that becomes official turns its misses into hits, never back")
    void officialOverridesADenialButNothingOverridesOfficial() {
        // GIVEN a claim missed by a denial WHEN the story becomes official after all THEN it is a hit
        assertThat(SourceOutcomeRules.judge("talks", Settlement.CONFIRMED, Outcome.MISS)).isEqualTo(Outcome.HIT);
        // GIVEN a hit WHEN a denial or a move elsewhere follows THEN it stays a hit
        assertThat(SourceOutcomeRules.judge("talks", Settlement.DENIED, Outcome.HIT)).isEqualTo(Outcome.HIT);
        assertThat(SourceOutcomeRules.judge("talks", Settlement.ELSEWHERE, Outcome.HIT)).isEqualTo(Outcome.HIT);
        // GIVEN a miss WHEN another collapse follows THEN it stays one miss
        assertThat(SourceOutcomeRules.judge("talks", Settlement.DENIED, Outcome.MISS)).isEqualTo(Outcome.MISS);
    }

    @Test
    @DisplayName("only official and denied settle a story; the stages before leave it open")
    void onlyOfficialAndDeniedSettle() {
        assertThat(SourceOutcomeRules.settlementAt(StoryStage.OFFICIAL)).contains(Settlement.CONFIRMED);
        assertThat(SourceOutcomeRules.settlementAt(StoryStage.DENIED)).contains(Settlement.DENIED);
        assertThat(SourceOutcomeRules.settlementAt(StoryStage.MEDICAL)).isEmpty();
        assertThat(SourceOutcomeRules.settlementAt(StoryStage.INTEREST)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5,0,1", "4,1,1", "7,3,2", "3,2,2", "2,3,3", "1,4,4", "0,5,4", "8,2,1", "6,4,2"})
    @DisplayName("from 5 settled stories a record earns a tier: 80% hits → 1, 60% → 2, 40% → 3, else 4")
    void recordsEarnTiersFromFiveSettledStories(int hits, int misses, String tier) {
        assertThat(SourceOutcomeRules.learnedTier(new TrackRecord(hits, misses))).contains(tier);
    }

    @Test
    @DisplayName("below 5 settled stories a record earns no tier, however good")
    void smallSamplesEarnNothing() {
        assertThat(SourceOutcomeRules.learnedTier(new TrackRecord(4, 0))).isEmpty();
        assertThat(SourceOutcomeRules.learnedTier(TrackRecord.NONE)).isEmpty();
        assertThat(new TrackRecord(7, 2).score()).isEqualTo("7/9");
        assertThat(TrackRecord.NONE.exists()).isFalse();
    }
}
