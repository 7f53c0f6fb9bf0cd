package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.AlertStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which form each channel's alerts take: the {@code post.style} of the channel's route in bot-config.yml, else the
 * embed. Read from the file at every start (like the routes themselves), so nothing about it is stored; a
 * channel followed only with /alerts gets embeds.
 */
final class AlertStyles {

    /** Every channel gets embeds. */
    static final AlertStyles EMBEDS = new AlertStyles(Map.of());

    private final Map<String, AlertStyle> byChannel;

    private AlertStyles(Map<String, AlertStyle> byChannel) {
        this.byChannel = Map.copyOf(byChannel);
    }

    static AlertStyles of(List<AlertRouteProperties> routes) {
        Map<String, AlertStyle> byChannel = new HashMap<>();
        for (AlertRouteProperties route : routes) {
            // A channel has one form: components if any of its routes asks for them.
            byChannel.merge(route.channel(), route.style(), (a, b) -> a == AlertStyle.COMPONENTS ? a : b);
        }
        return new AlertStyles(byChannel);
    }

    AlertStyle of(String channelId) {
        return byChannel.getOrDefault(channelId, AlertStyle.EMBED);
    }
}
