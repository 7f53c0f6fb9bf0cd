package dev.rumourmill.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.config.TimingProperties;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutinesRunTest {

    @Test
    @DisplayName("the running bot schedules its four routines, with the timings of rumourmill.timing.*, and they run")
    void botSchedulesItsRoutines() throws Exception {
        // GIVEN the bot in preview mode with its routines every 30 ms
        BotProperties properties = new BotProperties(null, null, null, null, null,
                new StorageProperties(TestDatabase.migratedH2Url("routines"), "sa"), null, null);

        // WHEN it runs
        try (BotRuntime runtime = BotRuntime.start(properties, new RunMode(Optional.empty()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "rumourmill.timing.poll-pause=30ms", "rumourmill.timing.delivery.pause=30ms",
                "rumourmill.timing.heartbeat=30ms", "rumourmill.timing.retention-pause=30ms",
                "rumourmill.timing.digest-pause=30ms")) {
            RoutineScheduler scheduler = runtime.context().getBean(RoutineScheduler.class);

            // THEN one scheduler runs feed polling, alert delivery, digests, the heartbeat and /why's retention, each
            // on its configured pause
            assertThat(scheduler.names()).containsExactlyInAnyOrder("feed-polling", "alert-delivery", "digests",
                    "instance-heartbeat", "decision-retention");
            for (String name : scheduler.names()) {
                assertThat(scheduler.schedule(name).pause()).as(name).isEqualTo(Duration.ofMillis(30));
            }
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (scheduler.names().stream().anyMatch(name -> scheduler.counts(name).runs() < 2) && System.nanoTime() < giveUp) {
                Thread.sleep(10);
            }
            for (String name : scheduler.names()) {
                assertThat(scheduler.counts(name)).as(name).satisfies(counts -> {
                    assertThat(counts.runs()).isGreaterThanOrEqualTo(2);
                    assertThat(counts.failures()).isZero();
                });
            }
        }
    }

    @Test
    @DisplayName("without rumourmill.timing.* the routines keep the production timings")
    void productionTimingsByDefault() {
        TimingProperties timing = TimingProperties.defaults();

        assertThat(timing.pollPause()).isEqualTo(Duration.ofSeconds(5));
        assertThat(timing.delivery().pause()).isEqualTo(Duration.ofSeconds(1));
        assertThat(timing.delivery().firstRetry()).isEqualTo(Duration.ofSeconds(2));
        assertThat(timing.delivery().maxRetry()).isEqualTo(Duration.ofMinutes(10));
        assertThat(timing.delivery().handoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(timing.heartbeat()).isEqualTo(Duration.ofSeconds(30));
        assertThat(timing.deferAfter()).isEqualTo(Duration.ofMillis(1500));
        assertThat(timing.retentionPause()).isEqualTo(Duration.ofHours(1));
    }
}
