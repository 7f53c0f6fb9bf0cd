package dev.rumourmill.cli;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.DiscordToken;
import dev.rumourmill.system.BotRuntime;
import dev.rumourmill.config.RunMode;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Starts the bot and returns when it has been stopped (Ctrl-C or SIGTERM). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Start the bot (the default command).",
            "With DISCORD_TOKEN set it connects to Discord; without it, preview mode: feeds are watched and",
            "every alert the bot would post is printed here."})
public class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    private final Map<String, String> environment;

    public RunCommand() {
        this(System.getenv());
    }

    RunCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        BotProperties properties = config.load(environment);
        RunMode mode = new RunMode(DiscordToken.fromEnvironment(environment));
        try (var runtime = BotRuntime.start(properties, mode, System.out)) {
            runtime.awaitStop();
        }
        return 0;
    }
}
