package dev.rumourmill.discord;

import dev.rumourmill.feeds.FeedAdministration;
import java.util.List;
import java.util.Locale;

/** Suggests this server's watched feeds by name or URL for /feeds remove and /feeds preview. */
class FeedsAutocomplete implements AutocompleteHandler {

    private final FeedAdministration feeds;

    FeedsAutocomplete(FeedAdministration feeds) {
        this.feeds = feeds;
    }

    @Override
    public String commandName() {
        return "feeds";
    }

    @Override
    public List<Choice> suggest(AutocompleteInput input) {
        if (input.guildId() == null) {
            return List.of();
        }
        String typed = input.typed() == null ? "" : input.typed().strip().toLowerCase(Locale.ROOT);
        return feeds.list(input.guildId()).stream()
                .map(health -> health.feed())
                .filter(feed -> feed.name().toLowerCase(Locale.ROOT).contains(typed)
                        || feed.url().toString().toLowerCase(Locale.ROOT).contains(typed))
                .limit(25)
                .map(feed -> new Choice(feed.name(), feed.url().toString().length() <= 100 ? feed.url().toString() : feed.name()))
                .toList();
    }
}
