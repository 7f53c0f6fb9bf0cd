package dev.rumourmill.discord;

import dev.rumourmill.alerts.SourceRecords;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /sources}: the journalists and outlets this server's feeds reported, with their tier here and their record
 * ("Mail Sport · tier 3 · 7/9"). Everyone may ask — it shows only what the server's own alerts could show — and
 * the answer is private to the asker, so nobody floods a channel with it.
 */
class SourcesCommand implements SlashCommand {

    /** Lines shown; the rest are counted. Keeps the answer well inside an embed's 4,096 characters. */
    static final int SHOWN = 25;

    private final SourceRecords records;

    SourcesCommand(SourceRecords records) {
        this.records = records;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("sources", "The sources this server's feeds reported, with tier and track record")
                .setContexts(InteractionContextType.GUILD);
    }

    @Override
    public boolean repliesPrivately() {
        return true;
    }

    @Override
    public Reply handle(CommandInput input) {
        if (input.guildId() == null) {
            throw new CommandException("Use /sources in a server: each server has its own records.");
        }
        List<SourceRecords.Listing> listings = records.of(input.guildId());
        if (listings.isEmpty()) {
            return Reply.text("No source has reported a story through this server's feeds yet.").privately();
        }
        StringBuilder lines = new StringBuilder();
        listings.stream().limit(SHOWN).forEach(listing -> lines.append(line(listing)).append('\n'));
        if (listings.size() > SHOWN) {
            lines.append("… and ").append(listings.size() - SHOWN).append(" more");
        }
        return Reply.embed(ReplyEmbed.titled("Sources on this server")
                .withDescription(lines.toString().strip())
                .withFooter("Record: stories that came true / stories settled (official, denied, or he joined another "
                        + "club) that the source reported first")).privately();
    }

    /** "**Mail Sport** · tier 3 · 7/9 · 2 open" or "… · no record yet · 1 open". */
    static String line(SourceRecords.Listing listing) {
        String tier = listing.badge() + (listing.learned() ? " (learned)" : "");
        String record = listing.record().exists() ? listing.record().score() : "no record yet";
        String open = listing.open() > 0 ? " · " + listing.open() + " open" : "";
        return "**" + Markdown.escape(listing.name()) + "** · " + tier + " · " + record + open;
    }
}
