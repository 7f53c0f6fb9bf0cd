package dev.rumourmill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.feeds.FeedInspector;
import dev.rumourmill.feeds.FetchSettings;
import dev.rumourmill.feeds.HttpFeedFetcher;
import dev.rumourmill.feeds.RomeFeedParser;
import dev.rumourmill.config.AppVersion;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Fetches and parses feeds exactly as the bot would and prints what it sees as JSON. One source gives
 * one indented object; several give one compact object per line, so a thousand files can be checked
 * in one JVM.
 */
@Command(name = "inspect-feed", mixinStandardHelpOptions = true,
        description = {"Fetch or read feeds and print what the bot sees in them as JSON.",
            "Each source is a URL or a file. Several sources print one JSON object per line; a source that",
            "fails prints {\"source\", \"error\"}. Exit code 1 if any source failed.",
            "Fetching uses the polling limits of bot-config.yml (body size, allow-private-hosts)."})
public class InspectFeedCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Parameters(arity = "1..*", paramLabel = "URL|FILE", description = "feed URLs (http/https) or files")
    List<String> sources;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> environment;

    public InspectFeedCommand() {
        this(System.getenv());
    }

    InspectFeedCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        BotProperties properties = config.load(environment);
        Clock clock = Clock.systemUTC();
        FetchSettings settings = FetchSettings.from(properties.polling(), AppVersion.current());
        FeedInspector inspector = new FeedInspector(new HttpFeedFetcher(settings, clock), new RomeFeedParser(clock),
                settings.maxBodySize());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (String source : sources) {
            Map<String, Object> result;
            try {
                result = FeedJson.of(source, inspector.inspect(source));
            } catch (FeedInspector.FeedInspectionException e) {
                failures++;
                if (sources.size() == 1) {
                    err.println("Error: " + source + ": " + e.getMessage());
                    err.flush();
                    return CommandLineFactory.EXIT_FAILURE;
                }
                result = FeedJson.failure(source, e.getMessage());
            }
            out.println(sources.size() == 1 ? json.writerWithDefaultPrettyPrinter().writeValueAsString(result)
                    : json.writeValueAsString(result));
            out.flush();
        }
        if (failures > 0) {
            err.println(failures + " of " + sources.size() + " sources failed; see their \"error\" fields.");
            err.flush();
            return CommandLineFactory.EXIT_FAILURE;
        }
        return 0;
    }
}
