package dev.rumourmill.discord;

import java.util.List;

/**
 * What a command answers, as a plain value: the router renders it into a Discord message, so commands
 * and the features behind them need no JDA types.
 *
 * @param content   plain text (may be empty when there are embeds)
 * @param embeds    up to 10 embeds
 * @param files     attachments such as a chart
 * @param ephemeral only the person who ran the command sees it
 * @param buttons   at most 5 buttons in one row under the message (see {@link ButtonHandler})
 */
record Reply(String content, List<ReplyEmbed> embeds, List<ReplyFile> files, boolean ephemeral,
        List<ReplyButton> buttons) {

    /** Discord allows five buttons in one action row; one row is all replies need so far. */
    static final int MAX_BUTTONS = 5;

    public Reply {
        content = content == null ? "" : content;
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        files = files == null ? List.of() : List.copyOf(files);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        if (content.isBlank() && embeds.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException("a reply needs text, an embed or a file");
        }
        if (buttons.size() > MAX_BUTTONS) {
            throw new IllegalArgumentException("a reply has at most " + MAX_BUTTONS + " buttons, not " + buttons.size());
        }
    }

    public Reply(String content, List<ReplyEmbed> embeds, List<ReplyFile> files, boolean ephemeral) {
        this(content, embeds, files, ephemeral, List.of());
    }

    public static Reply text(String content) {
        return new Reply(content, List.of(), List.of(), false);
    }

    public static Reply embed(ReplyEmbed embed) {
        return new Reply("", List.of(embed), List.of(), false);
    }

    /** A mistake of the person who ran the command: shown to them only, never to the channel. */
    public static Reply userError(String message) {
        return new Reply(message, List.of(), List.of(), true);
    }

    public Reply privately() {
        return new Reply(content, embeds, files, true, buttons);
    }

    public Reply withButtons(List<ReplyButton> row) {
        return new Reply(content, embeds, files, ephemeral, row);
    }

    public Reply withFile(ReplyFile file) {
        var all = new java.util.ArrayList<>(files);
        all.add(file);
        return new Reply(content, embeds, all, ephemeral, buttons);
    }
}
