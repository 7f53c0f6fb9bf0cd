package dev.rumourmill.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every admin notice lands in the log, whatever else is configured. */
class LoggingAdminNotifier implements AdminNotifier {

    private static final Logger log = LoggerFactory.getLogger(LoggingAdminNotifier.class);

    @Override
    public void notifyAdmins(String message) {
        log.warn("Admin notice: {}", message);
    }
}
