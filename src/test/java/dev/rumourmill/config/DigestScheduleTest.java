package dev.rumourmill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    @DisplayName("daily 18:00 Europe/London reads as one daily time in that zone and writes back the same")
    void dailyParses() {
        DigestSchedule schedule = DigestSchedule.parse("daily 18:00 Europe/London");

        assertThat(schedule.dailyTimes()).containsExactly(LocalTime.of(18, 0));
        assertThat(schedule.deadlineDays()).isEmpty();
        assertThat(schedule.zone()).isEqualTo(LONDON);
        assertThat(schedule.text()).isEqualTo("daily 18:00 Europe/London");
    }

    @Test
    @DisplayName("daily times and deadline days together, commas allowed, are sorted and deduplicated")
    void bothParse() {
        DigestSchedule schedule = DigestSchedule.parse("Daily 18:00, 09:00 deadline-day 2027-09-01, 2027-02-02 UTC");

        assertThat(schedule.text()).isEqualTo("daily 09:00 18:00 deadline-day 2027-02-02 2027-09-01 UTC");
    }

    @Test
    @DisplayName("a missing zone, a bad time or a missing keyword is refused with the form to use")
    void mistakesAreRefused() {
        assertThatThrownBy(() -> DigestSchedule.parse("daily 18:00")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("time zone");
        assertThatThrownBy(() -> DigestSchedule.parse("daily 6pm Europe/London")).hasMessageContaining("\"6pm\" is not a time");
        assertThatThrownBy(() -> DigestSchedule.parse("18:00 Europe/London")).hasMessageContaining("start with daily");
        assertThatThrownBy(() -> DigestSchedule.parse("deadline-day Europe/London")).hasMessageContaining("give a time");
        assertThatThrownBy(() -> DigestSchedule.parse(" ")).hasMessageContaining("daily 18:00 Europe/London");
    }

    @Test
    @DisplayName("18:00 London is 18:00 UTC in winter and 17:00 UTC in summer")
    void dailyEndsFollowTheZone() {
        DigestSchedule schedule = DigestSchedule.parse("daily 18:00 Europe/London");

        assertThat(schedule.lastEndAtOrBefore(Instant.parse("2026-12-06T18:30:00Z")))
                .contains(Instant.parse("2026-12-06T18:00:00Z"));
        assertThat(schedule.lastEndAtOrBefore(Instant.parse("2026-12-06T17:59:59Z")))
                .contains(Instant.parse("2026-12-05T18:00:00Z"));
        assertThat(schedule.lastEndAtOrBefore(Instant.parse("2027-07-01T17:00:00Z")))
                .contains(Instant.parse("2027-07-01T17:00:00Z"));
    }

    @Test
    @DisplayName("on the day clocks go forward the period is 23 hours long, and the day they go back 25")
    void dstChangeDays() {
        DigestSchedule schedule = DigestSchedule.parse("daily 18:00 Europe/London");

        // 28 March 2027: 01:00 GMT becomes 02:00 BST; 31 October 2027: 02:00 BST becomes 01:00 GMT.
        Instant springEnd = Instant.parse("2027-03-28T17:00:00Z");
        assertThat(schedule.lastEndAtOrBefore(springEnd)).contains(springEnd);
        assertThat(schedule.lastEndAtOrBefore(springEnd.minusSeconds(1))).contains(Instant.parse("2027-03-27T18:00:00Z"));
        assertThat(schedule.nextEndAfter(Instant.parse("2027-03-27T18:00:00Z"))).contains(springEnd);
        assertThat(schedule.nextEndAfter(Instant.parse("2027-10-30T17:00:00Z")))
                .contains(Instant.parse("2027-10-31T18:00:00Z"));
    }

    @Test
    @DisplayName("a time the spring change skips moves forward by the gap, as java.time does")
    void skippedTimeMovesForward() {
        DigestSchedule schedule = DigestSchedule.parse("daily 01:30 Europe/London");

        // 01:30 does not exist on 28 March 2027 in London: it becomes 02:30 BST = 01:30 UTC.
        assertThat(schedule.nextEndAfter(Instant.parse("2027-03-28T00:00:00Z")))
                .contains(Instant.parse("2027-03-28T01:30:00Z"));
    }

    @Test
    @DisplayName("deadline-day: hourly ends in local time on that date only, collecting only on that date")
    void deadlineDayIsHourly() {
        DigestSchedule schedule = DigestSchedule.parse("deadline-day 2027-09-01 Europe/London");

        assertThat(schedule.deadlineDays()).containsExactly(LocalDate.of(2027, 9, 1));
        assertThat(schedule.collects(Instant.parse("2027-09-01T10:15:00Z"))).isTrue();
        assertThat(schedule.collects(Instant.parse("2027-08-31T10:15:00Z"))).isFalse();
        // 11:15 BST: the period that ended at 11:00 BST (10:00 UTC), the next ends at 12:00 BST.
        assertThat(schedule.lastEndAtOrBefore(Instant.parse("2027-09-01T10:15:00Z")))
                .contains(Instant.parse("2027-09-01T10:00:00Z"));
        assertThat(schedule.nextEndAfter(Instant.parse("2027-09-01T10:15:00Z")))
                .contains(Instant.parse("2027-09-01T11:00:00Z"));
        // The day's last round-up is at the next local midnight; days later it is still the latest end.
        assertThat(schedule.lastEndAtOrBefore(Instant.parse("2027-09-05T12:00:00Z")))
                .contains(Instant.parse("2027-09-01T23:00:00Z"));
        assertThat(schedule.lastEndAtOrBefore(Instant.parse("2027-08-01T12:00:00Z"))).isEmpty();
    }
}
