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
 */
public record Reply(String content, List<ReplyEmbed> embeds, List<ReplyFile> files, boolean ephemeral) {

    public Reply {
        content = content == null ? "" : content;
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        files = files == null ? List.of() : List.copyOf(files);
        if (content.isBlank() && embeds.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException("a reply needs text, an embed or a file");
        }
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
        return new Reply(content, embeds, files, true);
    }

    public Reply withFile(ReplyFile file) {
        var all = new java.util.ArrayList<>(files);
        all.add(file);
        return new Reply(content, embeds, all, ephemeral);
    }
}
