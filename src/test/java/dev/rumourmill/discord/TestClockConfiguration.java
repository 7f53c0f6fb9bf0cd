package dev.rumourmill.discord;

import dev.rumourmill.testsupport.MovableClock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Tests that ask for it (property {@code rumourmill.test.clock=2026-01-10T12:00:00Z}) run the bot as if it
 * were that moment; the clock still ticks from there, so timeouts and schedules behave normally. The bean is a
 * {@link MovableClock}, so a test can also move it on ({@code bot.bean(MovableClock.class).moveTo(...)}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = TestClockConfiguration.PROPERTY)
class TestClockConfiguration {

    static final String PROPERTY = "rumourmill.test.clock";

    @Bean
    @Primary
    MovableClock testClock(@Value("${" + PROPERTY + "}") String instant) {
        return new MovableClock(Instant.parse(instant));
    }
}
