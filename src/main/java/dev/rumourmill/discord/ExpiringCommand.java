package dev.rumourmill.discord;

import dev.rumourmill.contracts.ClubAnswer;
import dev.rumourmill.contracts.ContractService;
import dev.rumourmill.contracts.ExpiringQuery;
import dev.rumourmill.contracts.ExpiringReply;
import dev.rumourmill.contracts.NotFound;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /expiring club:<autocomplete> [within]}: a club's contracts that end soonest, ten a page, with
 * buttons to page through a long list (the page to show is in the button's id).
 */
class ExpiringCommand implements SlashCommand, AutocompleteHandler, ButtonHandler {

    private final ContractService contracts;

    ExpiringCommand(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public SlashCommandData data() {
        OptionData within = new OptionData(OptionType.INTEGER, "within", "How far ahead to look (default 12 months)", false);
        ExpiringQuery.ALLOWED_MONTHS.forEach(m -> within.addChoice(m + " months", m));
        return Commands.slash("expiring", "A club's players whose contracts end soonest")
                .addOption(OptionType.STRING, "club", "A club's name, e.g. Liverpool", true, true)
                .addOptions(within);
    }

    @Override
    public Reply handle(CommandInput input) {
        ExpiringQuery query;
        try {
            query = new ExpiringQuery(input.requiredOption("club"), input.option("within").map(Integer::valueOf).orElse(null));
        } catch (IllegalArgumentException e) {
            return Reply.userError(e.getMessage());
        }
        ClubAnswer answer = contracts.expiring(query);
        return answer instanceof NotFound notFound ? ContractRendering.notFound(notFound)
                : ContractRendering.expiring((ExpiringReply) answer);
    }

    @Override
    public String prefix() {
        return ContractRendering.EXPIRING_BUTTONS;
    }

    /** A click on "◀ Previous" or "Next ▶": state {@code <clubId>:<months>:<page>}; the club id may hold colons. */
    @Override
    public Reply handle(ButtonInput input) {
        String state = input.state();
        int pageColon = state.lastIndexOf(':');
        int monthsColon = pageColon <= 0 ? -1 : state.lastIndexOf(':', pageColon - 1);
        if (monthsColon <= 0) {
            throw new IllegalArgumentException("not an /expiring page: " + input.customId());
        }
        String clubId = state.substring(0, monthsColon);
        int months = Integer.parseInt(state.substring(monthsColon + 1, pageColon));
        int page = Integer.parseInt(state.substring(pageColon + 1));
        ClubAnswer answer = contracts.expiring(new ExpiringQuery(clubId, months));
        if (answer instanceof NotFound) {
            return Reply.userError("That club is no longer in the contract data. Run /expiring again.");
        }
        return ContractRendering.expiring((ExpiringReply) answer, page);
    }

    @Override
    public String commandName() {
        return "expiring";
    }

    @Override
    public List<Choice> suggest(AutocompleteInput input) {
        return ContractRendering.choices(contracts.clubChoices(input.typed()));
    }
}
