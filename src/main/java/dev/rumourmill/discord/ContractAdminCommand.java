package dev.rumourmill.discord;

import dev.rumourmill.contracts.ContractAdmin;
import dev.rumourmill.contracts.ContractService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /contract-admin set|clear} (Manage Server): corrections that win over every other source, recorded
 * with who set them and when.
 */
class ContractAdminCommand implements SlashCommand, AutocompleteHandler {

    private final ContractAdmin admin;
    private final ContractService contracts;

    ContractAdminCommand(ContractAdmin admin, ContractService contracts) {
        this.admin = admin;
        this.contracts = contracts;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("contract-admin", "Correct a player's contract data (Manage Server)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(
                        new SubcommandData("set", "Set a player's contract end; it wins over every other source")
                                .addOption(OptionType.STRING, "player", "The player, e.g. konate", true, true)
                                .addOption(OptionType.STRING, "expires", "The new end date, e.g. 2027-06-30", true)
                                .addOption(OptionType.STRING, "club", "Only if his club changed", false)
                                .addOption(OptionType.STRING, "option", "An option to extend, in words", false)
                                .addOption(OptionType.STRING, "note", "Why, e.g. club statement", false),
                        new SubcommandData("clear", "Remove the override; the other sources apply again")
                                .addOption(OptionType.STRING, "player", "The player, e.g. konate", true, true));
    }

    @Override
    public boolean repliesPrivately() {
        return true;
    }

    @Override
    public Reply handle(CommandInput input) {
        if (!input.has(Permission.MANAGE_SERVER)) {
            return Reply.userError("Only members with the Manage Server permission can change contract data.");
        }
        String who = "user " + input.userId();
        ContractAdmin.AdminReply reply;
        try {
            if ("clear".equals(input.subcommand())) {
                reply = admin.clear(input.requiredOption("player"), who);
            } else {
                reply = admin.set(new ContractAdmin.OverrideRequest(input.requiredOption("player"),
                        expires(input.requiredOption("expires")), input.option("club").orElse(null),
                        input.option("option").orElse(null), input.option("note").orElse(null), who));
            }
        } catch (IllegalArgumentException e) {
            return Reply.userError(e.getMessage());
        }
        StringBuilder text = new StringBuilder(reply.message());
        for (dev.rumourmill.contracts.Choice choice : reply.suggestions()) {
            text.append("\n• ").append(choice.label());
        }
        return Reply.text(text.toString()).privately();
    }

    private static LocalDate expires(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + typed + "' is not a date: write it like 2027-06-30.");
        }
    }

    @Override
    public String commandName() {
        return "contract-admin";
    }

    @Override
    public List<AutocompleteHandler.Choice> suggest(AutocompleteInput input) {
        return ContractRendering.choices(contracts.playerChoices(input.typed()));
    }
}
