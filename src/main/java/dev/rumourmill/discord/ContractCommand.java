package dev.rumourmill.discord;

import dev.rumourmill.contracts.ContractAnswer;
import dev.rumourmill.contracts.ContractQuery;
import dev.rumourmill.contracts.ContractReply;
import dev.rumourmill.contracts.ContractService;
import dev.rumourmill.contracts.NotFound;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /contract player:<autocomplete>}: a player's contract, its status and sources. */
class ContractCommand implements SlashCommand, AutocompleteHandler {

    private final ContractService contracts;

    ContractCommand(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("contract", "When does a player's contract end, and can he talk to other clubs yet?")
                .addOption(OptionType.STRING, "player", "A player's name or nickname, e.g. konate", true, true);
    }

    @Override
    public Reply handle(CommandInput input) {
        ContractQuery query;
        try {
            query = new ContractQuery(input.requiredOption("player"));
        } catch (IllegalArgumentException e) {
            return Reply.userError(e.getMessage());
        }
        ContractAnswer answer = contracts.contract(query);
        return answer instanceof NotFound notFound ? ContractRendering.notFound(notFound)
                : ContractRendering.contract((ContractReply) answer);
    }

    @Override
    public String commandName() {
        return "contract";
    }

    @Override
    public List<Choice> suggest(AutocompleteInput input) {
        return ContractRendering.choices(contracts.playerChoices(input.typed()));
    }
}
