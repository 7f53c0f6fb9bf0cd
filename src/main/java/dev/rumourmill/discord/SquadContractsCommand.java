package dev.rumourmill.discord;

import dev.rumourmill.contracts.ClubAnswer;
import dev.rumourmill.contracts.ClubQuery;
import dev.rumourmill.contracts.ContractService;
import dev.rumourmill.contracts.NotFound;
import dev.rumourmill.contracts.SquadChartReply;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /squad-contracts club:<autocomplete>}: a PNG chart of when each player's contract ends. */
class SquadContractsCommand implements SlashCommand, AutocompleteHandler {

    private final ContractService contracts;

    SquadContractsCommand(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("squad-contracts", "A chart of when each player of a club is under contract until")
                .addOption(OptionType.STRING, "club", "A club's name, e.g. Liverpool", true, true);
    }

    @Override
    public Reply handle(CommandInput input) {
        ClubQuery query;
        try {
            query = new ClubQuery(input.requiredOption("club"));
        } catch (IllegalArgumentException e) {
            return Reply.userError(e.getMessage());
        }
        ClubAnswer answer = contracts.squadChart(query);
        return answer instanceof NotFound notFound ? ContractRendering.notFound(notFound)
                : ContractRendering.squad((SquadChartReply) answer);
    }

    @Override
    public String commandName() {
        return "squad-contracts";
    }

    @Override
    public List<Choice> suggest(AutocompleteInput input) {
        return ContractRendering.choices(contracts.clubChoices(input.typed()));
    }
}
