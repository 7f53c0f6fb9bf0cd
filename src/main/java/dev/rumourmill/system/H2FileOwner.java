package dev.rumourmill.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * An H2 database file can be open in one process only. Before the connection pool opens it, the bot tries
 * once by hand: when another process holds it, the bot stops at once with one line naming that process
 * (from a small {@code .owner} file written next to the database) and the fix, instead of retrying for
 * the pool's timeout and printing stack traces.
 */
final class H2FileOwner {

    /** H2's "Database may be already in use" error code (org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private H2FileOwner() {
    }

    /** The database file's base path for a {@code jdbc:h2:file:} URL (or a bare file path), else empty. */
    static Optional<Path> basePath(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:") || lower.startsWith("jdbc:h2:zip:")) {
            return Optional.empty();
        }
        String path = url.substring("jdbc:h2:".length());
        path = path.toLowerCase(Locale.ROOT).startsWith("file:") ? path.substring("file:".length()) : path;
        int settings = path.indexOf(';');
        path = settings < 0 ? path : path.substring(0, settings);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path));
    }

    /** Fails with one clear line if another process has the H2 file open; records this process as its owner. */
    static void claim(String url, String jdbcUrl, String username, String password) {
        Optional<Path> base = basePath(url);
        if (base.isEmpty()) {
            return;
        }
        try (Connection probe = DriverManager.getConnection(jdbcUrl, username == null ? "" : username,
                password == null ? "" : password)) {
            probe.isValid(1);
        } catch (SQLException e) {
            if (isAlreadyOpen(e)) {
                throw new DatabaseUnavailableException("The H2 database " + base.get() + ".mv.db is in use by "
                        + describeOwner(ownerFile(base.get())) + ". Fix: stop that process first, or give this one its "
                        + "own storage.url; to run several bots on one database, use PostgreSQL.", null);
            }
            return; // any other problem is reported by the migration, with its own advice
        }
        writeOwner(ownerFile(base.get()));
    }

    private static boolean isAlreadyOpen(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return String.valueOf(e.getMessage()).contains("already in use") || String.valueOf(e.getMessage()).contains("locked");
    }

    private static Path ownerFile(Path base) {
        return Path.of(base + ".owner");
    }

    private static void writeOwner(Path file) {
        try {
            Files.writeString(file, ProcessHandle.current().pid() + " " + host() + " " + Instant.now() + "\n",
                    StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
        } catch (IOException | RuntimeException e) {
            // Only used to name this process in another one's error message; never worth failing for.
        }
    }

    private static String describeOwner(Path file) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length >= 3) {
                return "another Rumour Mill process (pid " + parts[0] + " on " + parts[1] + ", started " + parts[2] + ")";
            }
        } catch (IOException | RuntimeException e) {
            // fall through: the owner did not say who it is
        }
        return "another process";
    }

    private static String host() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        int at = name.indexOf('@');
        return at < 0 ? "this host" : name.substring(at + 1);
    }
}
