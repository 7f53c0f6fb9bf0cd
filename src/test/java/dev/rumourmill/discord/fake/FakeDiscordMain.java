package dev.rumourmill.discord.fake;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the fake Discord on its own, to try the real jar against it by hand (docs/discord.md):
 * it prints the {@code rest-base-url} to use, then reads commands such as {@code about} or
 * {@code pick player=Konaté} from standard input and prints the bot's answer as JSON.
 */
public final class FakeDiscordMain {

    private FakeDiscordMain() {
    }

    public static void main(String[] args) throws Exception {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Test Server", guild -> guild.withTextChannel("general")).start()) {
            System.out.println("Fake Discord running. In bot-config.yml set:");
            System.out.println("  discord:\n    rest-base-url: " + fake.restBaseUrl());
            System.out.println("and start the bot with any DISCORD_TOKEN. Then type a command, e.g. 'about'; 'reject-tokens' to refuse"
                    + " every token; 'quit' to stop.");
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.strip().equals("quit"); line = in.readLine()) {
                String[] words = line.strip().replaceFirst("^/", "").split("\\s+");
                if (words[0].isEmpty()) {
                    continue;
                }
                if (words[0].equals("reject-tokens")) {
                    fake.rejectTokens();
                    System.out.println("Every token is refused from now on (401).");
                    continue;
                }
                Map<String, Object> options = new LinkedHashMap<>();
                for (int i = 1; i < words.length; i++) {
                    String[] pair = words[i].split("=", 2);
                    options.put(pair[0], pair.length == 2 ? pair[1] : "");
                }
                try {
                    InteractionReply reply = fake.slashCommand(words[0], options);
                    System.out.println((reply.ephemeral() ? "(private) " : "") + FakeJson.write(reply.message()));
                } catch (AssertionError e) {
                    System.out.println("No answer: " + e.getMessage());
                }
            }
        }
    }
}
