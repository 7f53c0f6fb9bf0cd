package dev.rumourmill.system;

import java.time.Instant;

/** One running bot process as recorded in the database. */
record BotInstance(String instanceId, String hostName, String version, Instant startedAt, Instant lastSeenAt) {
}
