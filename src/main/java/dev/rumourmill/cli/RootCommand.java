package dev.rumourmill.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
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
        subcommands = {RunCommand.class, AnalyseCommand.class, EvaluateCorpusCommand.class, InspectFeedCommand.class, ImportContractsCommand.class,
            BenchCommand.class},
        footer = {"", "Environment: DISCORD_TOKEN (bot token; without it the bot runs in preview mode),",
            "RUMOURMILL_CONFIG (config file), RUMOURMILL_DB_PASSWORD (PostgreSQL password),",
            "FOOTBALL_DATA_API_KEY (optional live contract data), RUMOURMILL_HEALTH_PORT (turns on GET /health),",
            "RUMOURMILL_DEBUG=1 (stack traces with every error).",
            "Exit codes: 0 ok, 1 failure, 2 bad usage or bad configuration,",
            "130 stopped with Ctrl-C, 143 stopped with SIGTERM (the bot shut down cleanly)."})
public class RootCommand implements Callable<Integer> {

    /** Inherited: every sub-command accepts it too, before or after its name, and the value lands here. */
    @Option(names = ConfigOption.NAME, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "bot-config.yml to use (default: $RUMOURMILL_CONFIG, else ./bot-config.yml if present)")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunCommand run = spec.subcommands().get("run").getCommand();
        return run.call();
    }
}
