package dev.rumourmill.discord;

import dev.rumourmill.alerts.ChatText;
import dev.rumourmill.contracts.Choice;
import dev.rumourmill.contracts.ContractReply;
import dev.rumourmill.contracts.ContractStatusKind;
import dev.rumourmill.contracts.ExpiringReply;
import dev.rumourmill.contracts.NotFound;
import dev.rumourmill.contracts.RecentRumour;
import dev.rumourmill.contracts.SquadChartReply;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns the contracts feature's plain replies into Discord replies. */
final class ContractRendering {

    /** /expiring shows this many players a page; "◀ Previous" and "Next ▶" page through the rest. */
    static final int EXPIRING_PAGE = 10;
    static final String EXPIRING_BUTTONS = "expiring";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ContractRendering() {
    }

    static Reply contract(ContractReply r) {
        ReplyEmbed embed = ReplyEmbed.titled(r.playerName() + (r.sampleData() ? " (sample data)" : ""))
                .withDescription(r.status().headline())
                .withField("Club", r.clubName() == null ? "unknown" : r.clubName(), true)
                .withField("Contract ends", r.expires() == null ? "unknown"
                        : DAY.format(r.expires()) + " (<t:" + r.expiresAt().getEpochSecond() + ":R>)", true);
        if (r.option() != null) {
            embed = embed.withField("Option", r.option(), true);
        }
        if (!r.status().caveats().isEmpty()) {
            embed = embed.withField("Good to know", r.status().caveats().stream().map(c -> "• " + c)
                    .collect(Collectors.joining("\n")), false);
        }
        if (!r.otherSources().isEmpty()) {
            embed = embed.withField("Other sources", r.otherSources().stream().map(c -> "• " + c)
                    .collect(Collectors.joining("\n")), false);
        }
        if (!r.recentRumours().isEmpty()) {
            embed = embed.withField("Recent rumours", r.recentRumours().stream().map(ContractRendering::rumourLine)
                    .collect(Collectors.joining("\n")), false);
        }
        return Reply.embed(embed.withFooter(r.sourceLine()).withColor(colour(r.status().kind())));
    }

    /** "• [Headline](url) — talks · Outlet (tier 1) · <t:…:R>": feed text escaped, only http(s) links kept. */
    static String rumourLine(RecentRumour rumour) {
        String headline = Markdown.escape(rumour.headline());
        String url = ChatText.safeUrl(rumour.articleUrl());
        StringBuilder line = new StringBuilder("• ").append(url == null ? headline
                : "[" + headline + "](" + url.replace("(", "%28").replace(")", "%29") + ")");
        List<String> details = new java.util.ArrayList<>();
        if (rumour.stage() != null && !rumour.stage().isBlank()) {
            details.add(Markdown.escape(rumour.stage()));
        }
        if (rumour.sourceName() != null) {
            details.add(Markdown.escape(rumour.sourceName()) + (rumour.sourceBadge() == null ? "" : " (" + rumour.sourceBadge() + ")"));
        }
        details.add("<t:" + rumour.lastSeen().getEpochSecond() + ":R>");
        return line.append(" — ").append(String.join(" · ", details)).toString();
    }

    static Reply notFound(NotFound notFound) {
        StringBuilder text = new StringBuilder(notFound.message());
        for (Choice choice : notFound.suggestions()) {
            text.append("\n• ").append(choice.label());
        }
        return Reply.userError(text.toString());
    }

    static Reply expiring(ExpiringReply r) {
        return expiring(r, 0);
    }

    /**
     * Page {@code page} (0-based, clamped) of the list. The buttons carry club, months and the page to show
     * in their ids, so a click needs nothing remembered; if a club id is too long for that, the first page
     * says how many more there are instead.
     */
    static Reply expiring(ExpiringReply r, int page) {
        int pages = r.pageCount(EXPIRING_PAGE);
        int shownPage = Math.max(0, Math.min(page, pages - 1));
        boolean paged = pages > 1 && ReplyButton.fits(expiringButtonId(r, pages - 1));
        List<ExpiringReply.Entry> shown = paged ? r.page(shownPage, EXPIRING_PAGE) : r.page(0, EXPIRING_PAGE);
        String list = shown.isEmpty() ? "No contract ends within " + r.withinMonths() + " months."
                : shown.stream().map(e -> "• **" + e.name() + "** — " + DAY.format(e.expires()) + label(e.status()))
                        .collect(Collectors.joining("\n"));
        int more = r.entries().size() - shown.size();
        String footer = (paged ? "Page " + (shownPage + 1) + "/" + pages + " · " + r.entries().size() + " players. "
                : more > 0 ? more + " more not shown. " : "")
                + (r.unknown() > 0 ? r.unknown() + " players without a known date. " : "") + r.sourceLine();
        Reply reply = Reply.embed(ReplyEmbed.titled(r.club().name() + ": contracts ending within " + r.withinMonths()
                + " months").withDescription(list).withFooter(footer));
        if (!paged) {
            return reply;
        }
        return reply.withButtons(List.of(
                new ReplyButton(expiringButtonId(r, shownPage - 1), "◀ Previous", shownPage == 0),
                new ReplyButton(expiringButtonId(r, shownPage + 1), "Next ▶", shownPage == pages - 1)));
    }

    /** {@code expiring:<clubId>:<months>:<page>}; a page outside the list is clamped when clicked. */
    static String expiringButtonId(ExpiringReply r, int page) {
        return EXPIRING_BUTTONS + ":" + r.club().id() + ":" + r.withinMonths() + ":" + Math.max(0, page);
    }

    static Reply squad(SquadChartReply r) {
        return Reply.text(r.caption()).withFile(new ReplyFile(r.fileName(), r.png()));
    }

    static List<AutocompleteHandler.Choice> choices(List<Choice> choices) {
        return choices.stream().map(c -> new AutocompleteHandler.Choice(c.label(), c.value())).toList();
    }

    private static String label(ContractStatusKind kind) {
        return switch (kind) {
            case EXPIRED -> " (ended)";
            case FINAL_SIX_MONTHS -> " (final six months)";
            case FINAL_YEAR -> " (final year)";
            default -> "";
        };
    }

    private static int colour(ContractStatusKind kind) {
        return switch (kind) {
            case EXPIRED -> 0x808080;
            case FINAL_SIX_MONTHS -> 0xD63B3B;
            case FINAL_YEAR -> 0xE88B2E;
            case RUNNING -> 0x5BA84C;
            case UNKNOWN -> 0x3A86C8;
        };
    }
}
