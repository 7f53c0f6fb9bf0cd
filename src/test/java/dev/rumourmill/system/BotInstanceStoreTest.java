package dev.rumourmill.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BotInstanceStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("the real migrations run and instances are registered, kept alive and removed")
    void instancesLiveAndDie(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN two processes registered on a migrated database
            BotInstanceStore store = new BotInstanceStore(db.jdbc());
            store.register(new BotInstance("a", "host-a", "1.0", T0, T0));
            store.register(new BotInstance("b", "host-b", "1.0", T0.plusSeconds(1), T0.plusSeconds(1)));

            // WHEN only one keeps sending heartbeats
            store.heartbeat("b", T0.plusSeconds(200));

            // THEN only that one counts as active, and a removed one is gone
            assertThat(store.active(T0.plusSeconds(200), Duration.ofSeconds(90)))
                    .extracting(BotInstance::instanceId).containsExactly("b");
            store.remove("b");
            assertThat(store.active(T0.plusSeconds(200), Duration.ofDays(1)))
                    .extracting(BotInstance::instanceId).containsExactly("a");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("registering the same instance twice updates it instead of failing")
    void registerIsIdempotent(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            BotInstanceStore store = new BotInstanceStore(db.jdbc());
            store.register(new BotInstance("a", "host-a", "1.0", T0, T0));

            store.register(new BotInstance("a", "host-a", "1.1", T0, T0.plusSeconds(5)));

            assertThat(store.active(T0.plusSeconds(5), Duration.ofMinutes(1)))
                    .singleElement().extracting(BotInstance::version).isEqualTo("1.1");
        }
    }
}
