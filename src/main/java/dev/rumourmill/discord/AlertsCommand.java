package dev.rumourmill.discord;

import dev.rumourmill.config.PostAs;
import dev.rumourmill.alerts.AlertPublisher;
import dev.rumourmill.alerts.FollowTarget;
import dev.rumourmill.alerts.Subscription;
import dev.rumourmill.alerts.SubscriptionService;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /alerts follow|unfollow|pings|digest|list|test}: what this channel receives. For members with Manage Server;
 * the use cases live in the alerts feature, this class only maps options to them.
 */
class AlertsCommand implements SlashCommand {

    private final SubscriptionService subscriptions;
    private final AlertPublisher publisher;

    AlertsCommand(SubscriptionService subscriptions, AlertPublisher publisher) {
        this.subscriptions = subscriptions;
        this.publisher = publisher;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("alerts", "Choose which transfer stories this channel receives")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(AdminGate.MANAGERS_ONLY)
                .addSubcommands(
                        new SubcommandData("follow", "Post stories about a club or player here (or everything)")
                                .addOption(OptionType.STRING, "club", "A club, e.g. Liverpool or the Reds", false, true)
                                .addOption(OptionType.STRING, "player", "A player, e.g. Ibrahima Konaté", false, true)
                                .addOption(OptionType.BOOLEAN, "everything", "Every transfer story", false)
                                .addOptions(postAsOption()),
                        new SubcommandData("unfollow", "Stop posting stories about a club or player here")
                                .addOption(OptionType.STRING, "club", "A club this channel follows", false, true)
                                .addOption(OptionType.STRING, "player", "A player this channel follows", false, true)
                                .addOption(OptionType.BOOLEAN, "everything", "Stop all /alerts follows here", false),
                        new SubcommandData("pings", "Mention a role once per story when it reaches a stage (no stages: off)")
                                .addOption(OptionType.ROLE, "role", "The role to mention", false)
                                .addOption(OptionType.STRING, "at", "Stages, e.g. agreed, official (leave out to stop pings)",
                                        false),
                        new SubcommandData("digest", "Post a round-up per period instead of single alerts (no schedule: off)")
                                .addOption(OptionType.STRING, "schedule",
                                        "e.g. daily 18:00 Europe/London, or deadline-day 2027-02-02 Europe/London", false),
                        new SubcommandData("list", "Show what this channel follows"),
                        new SubcommandData("test", "Post a test alert here, to check the bot may post in this channel"));
    }

    @Override
    public boolean repliesPrivately() {
        return true;
    }

    @Override
    public Reply handle(CommandInput input) {
        AdminGate.requireManager(input);
        String channel = input.targetChannelId();
        String who = "<@" + input.userId() + ">";
        return switch (input.subcommand()) {
            case "follow" -> Reply.text(subscriptions.follow(channel, input.guildId(), target(input), who, postAs(input)))
                    .privately();
            case "unfollow" -> Reply.text(subscriptions.unfollow(channel, target(input))).privately();
            case "pings" -> Reply.text(pings(input)).privately();
            case "digest" -> Reply.text(userErrors(() -> subscriptions.digest(channel, input.option("schedule").orElse(null))))
                    .privately();
            case "list" -> Reply.text(describe(subscriptions.list(channel))).privately();
            case "test" -> {
                publisher.publishTest(channel, who);
                yield Reply.text("A test alert is on its way to this channel. If it does not arrive within a "
                        + "minute, the bot lacks a permission here (the admin channel and the log say which).").privately();
            }
            default -> throw new IllegalStateException("unknown subcommand " + input.subcommand());
        };
    }

    private static FollowTarget target(CommandInput input) {
        List<FollowTarget> given = new java.util.ArrayList<>();
        input.option("club").ifPresent(club -> given.add(safely(() -> FollowTarget.club(club))));
        input.option("player").ifPresent(player -> given.add(safely(() -> FollowTarget.player(player))));
        if (input.option("everything").map(Boolean::parseBoolean).orElse(false)) {
            given.add(FollowTarget.everything());
        }
        if (given.size() != 1) {
            throw new CommandException("Choose exactly one of club, player or everything.");
        }
        return given.get(0);
    }

    /** How alerts are posted here: message, thread, forum or announcement (left out: as before). */
    private static net.dv8tion.jda.api.interactions.commands.build.OptionData postAsOption() {
        var option = new net.dv8tion.jda.api.interactions.commands.build.OptionData(OptionType.STRING, "as",
                "How alerts are posted here (default: as before, else messages)", false);
        for (PostAs as : PostAs.values()) {
            option.addChoice(as.wire(), as.wire());
        }
        return option;
    }

    /** Checked here too: a client may send any text for an option with choices. */
    private static PostAs postAs(CommandInput input) {
        return input.option("as").map(as -> {
            try {
                return PostAs.of(as);
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage());
            }
        }).orElse(null);
    }

    private String pings(CommandInput input) {
        List<String> stages = input.option("at").stream().flatMap(at -> java.util.Arrays.stream(at.split("[,\\s]+")))
                .filter(stage -> !stage.isBlank()).toList();
        try {
            return subscriptions.pings(input.targetChannelId(), input.option("role").orElse(null), stages);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private static String userErrors(java.util.function.Supplier<String> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private static FollowTarget safely(java.util.function.Supplier<FollowTarget> target) {
        try {
            return target.get();
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    static String describe(List<Subscription> subscriptions) {
        if (subscriptions.isEmpty()) {
            return "This channel receives no alerts. Use /alerts follow to choose a club, a player or everything.";
        }
        return subscriptions.stream().map(AlertsCommand::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Subscription s) {
        String what = s.followsEverything() ? "every transfer story"
                : join("clubs", s.clubs()) + (s.clubs().isEmpty() || s.players().isEmpty() ? "" : "; ") + join("players", s.players());
        String kinds = s.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
        String origin = s.origin() == Subscription.Origin.CONFIG ? "bot-config.yml" : "/alerts";
        String paused = s.paused() ? " — PAUSED: " + s.pausedReason() + " (run /alerts follow again after fixing it)" : "";
        return "• From " + origin + ": " + what + " (" + kinds + ", sources up to tier " + s.minTier()
                + (s.pingRole() == null || s.pingAt().isEmpty() ? ", no pings"
                        : ", pings <@&" + s.pingRole() + "> at " + String.join(", ", s.pingAt()))
                + (s.digest() == null ? "" : ", digest " + s.digest().text())
                + (s.postAs() == PostAs.MESSAGE ? "" : ", posted as " + s.postAs().wire()) + ")" + paused;
    }

    private static String join(String label, List<String> names) {
        return names.isEmpty() ? "" : label + " " + String.join(", ", names);
    }
}
