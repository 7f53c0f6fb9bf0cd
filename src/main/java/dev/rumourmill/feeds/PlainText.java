package dev.rumourmill.feeds;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A plain text worked out from what the feed wrote only when it is first asked for. The teaser of an entry that
 * also carries its full content is read by nothing on the polling path (the bot works on the content), so turning
 * its HTML into text for every item of every poll would be wasted. Safe to share between threads: two threads that
 * race on the first read each work out the same immutable string.
 */
public final class PlainText {

    static final PlainText EMPTY = of("");

    private final String written;
    private final UnaryOperator<String> toText;
    private String text;

    private PlainText(String written, UnaryOperator<String> toText, String text) {
        this.written = written;
        this.toText = toText;
        this.text = text;
    }

    /** Text that is already plain. */
    public static PlainText of(String text) {
        return new PlainText(null, null, text == null ? "" : text);
    }

    /** Text to be made by {@code toText} from what the feed wrote, on first use. */
    static PlainText later(String written, UnaryOperator<String> toText) {
        return new PlainText(written, toText, null);
    }

    public String text() {
        String result = text;
        if (result == null) {
            result = Objects.requireNonNullElse(toText.apply(written), "");
            text = result;
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlainText that && text().equals(that.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
