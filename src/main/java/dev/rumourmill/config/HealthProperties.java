package dev.rumourmill.config;

/**
 * A tiny HTTP health endpoint for container health checks ({@code GET /health}).
 *
 * @param port    the port to listen on (0 = off)
 * @param address the address to bind (loopback by default: it is for the local health check only)
 */
public record HealthProperties(Integer port, String address) {

    public HealthProperties {
        port = port == null ? 0 : port;
        address = address == null || address.isBlank() ? "127.0.0.1" : address.trim();
        if (port < 0 || port > 65535) {
            throw new InvalidConfigException("port", port, "use 0 (off) or a port from 1 to 65535, e.g. 8081");
        }
    }

    public static HealthProperties defaults() {
        return new HealthProperties(null, null);
    }
}
