package dev.rumourmill.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * JDA logs raw gateway payloads and REST routes at TRACE (and some routes at DEBUG); they carry
 * interaction tokens, which let anyone answer as the bot for 15 minutes. Whatever logging level an
 * operator sets, JDA's TRACE output is dropped and so is any JDA DEBUG line that contains a token.
 * Installed when the Spring context starts, before the Discord connection is opened.
 */
class JdaTokenLogFilter extends TurboFilter {

    private static final Pattern TOKEN_BEARING = Pattern.compile("interactions/|webhooks/|\"token\"|aW50ZXJhY3Rpb246");

    JdaTokenLogFilter() {
        setName("rumourmill-jda-token-filter");
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(filter -> getName().equals(filter.getName()))) {
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !logger.getName().startsWith("net.dv8tion")) {
            return FilterReply.NEUTRAL;
        }
        if (level.toInt() <= Level.TRACE_INT) {
            return FilterReply.DENY;
        }
        if (level.toInt() <= Level.DEBUG_INT && logger.getEffectiveLevel().toInt() <= Level.DEBUG_INT && format != null
                && TOKEN_BEARING.matcher(MessageFormatter.arrayFormat(format, params).getMessage()).find()) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
