package dev.rumourmill.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code java -jar rumourmill.jar [command]}; with no command it runs the bot. */
@Command(name = "rumourmill",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Rumour Mill: football transfer rumours and contract answers for your Discord server.",
            "With no command it runs the bot (same as 'run')."
        },
        subcommands = {RunCommand.class, AnalyseCommand.class, InspectFeedCommand.class, ImportContractsCommand.class,
            BenchCommand.class},
        footer = {"", "Environment: DISCORD_TOKEN (bot token; without it the bot runs in preview mode),",
            "RUMOURMILL_CONFIG (config file), RUMOURMILL_DB_PASSWORD (PostgreSQL password),",
            "FOOTBALL_DATA_API_KEY (optional live contract data).",
            "Exit codes: 0 ok, 1 failure, 2 bad usage or bad configuration."})
public class RootCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunCommand run = spec.subcommands().get("run").getCommand();
        run.config = config;
        return run.call();
    }
}
