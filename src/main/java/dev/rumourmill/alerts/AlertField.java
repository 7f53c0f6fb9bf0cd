package dev.rumourmill.alerts;

/** One name/value block of an alert (rendered as an embed field in Discord). */
public record AlertField(String name, String value, boolean inline) {
}
