package dev.rumourmill.discord;

import dev.rumourmill.alerts.ChatText;

/** Feed text shown in replies goes through the same escaping as alerts: no formatting, no mentions. */
final class Markdown {

    private Markdown() {
    }

    static String escape(String text) {
        return text == null ? "" : ChatText.escape(text);
    }
}
