package dev.rumourmill.system;

import com.sun.net.httpserver.HttpServer;
import dev.rumourmill.config.BotProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * {@code GET /health} → 200 "ok" while the database answers, 503 otherwise. For Docker's HEALTHCHECK;
 * off unless {@code health.port} (or {@code RUMOURMILL_HEALTH_PORT}) is set, and bound to loopback by default.
 */
class HealthEndpoint implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HealthEndpoint.class);

    private final BotProperties properties;
    private final DataSource dataSource;
    static final String PORT_ENV_VARIABLE = "RUMOURMILL_HEALTH_PORT";

    private HttpServer server;

    private final int port;

    HealthEndpoint(BotProperties properties, DataSource dataSource, org.springframework.core.env.Environment environment) {
        this.properties = properties;
        this.dataSource = dataSource;
        // The container image turns the check on without editing the mounted bot-config.yml.
        this.port = environment.getProperty(PORT_ENV_VARIABLE, Integer.class, properties.health().port());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (port == 0) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(properties.health().address(), port), 8);
        } catch (IOException e) {
            throw new UncheckedIOException("health.port " + port + " is already in use; choose another or 0 to turn it off", e);
        }
        server.createContext("/health", exchange -> {
            boolean healthy = databaseAnswers();
            byte[] body = (healthy ? "ok\n" : "database unavailable\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(healthy ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        log.info("Health check listening on http://{}:{}/health", properties.health().address(), port);
    }

    private boolean databaseAnswers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.stop(0);
        }
    }
}
