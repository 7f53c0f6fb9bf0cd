package dev.rumourmill.discord.fake;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

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
            System.out.println("and start the bot with any DISCORD_TOKEN. Channel #general has id " + fake.defaultChannel().id()
                    + " (use it in alerts:). Then type a command, e.g. 'about', 'contract player=konate' or, as a member"
                    + " with Manage Server, 'admin alerts follow club=Liverpool'; 'messages' lists what the bot posted in"
                    + " #general; 'reject-tokens' refuses every token; 'quit' stops.");
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
                if (words[0].equals("messages")) {
                    fake.messagesIn(fake.defaultChannel().id()).forEach(m -> System.out.println(
                            "message " + m.id() + " (edited " + m.edits() + "x): " + FakeJson.write(m.message())));
                    continue;
                }
                boolean admin = words[0].equals("admin");
                int first = admin ? 1 : 0;
                FakeInteraction interaction = fake.interaction(words[first]);
                if (admin) {
                    interaction.withMemberPermissions(FakePermission.MANAGE_GUILD);
                }
                for (int i = first + 1; i < words.length; i++) {
                    String[] pair = words[i].split("=", 2);
                    if (pair.length == 1 && i == first + 1) {
                        interaction.subcommand(pair[0]);
                    } else {
                        interaction.option(pair[0], pair.length == 2 ? pair[1].replace('_', ' ') : "");
                    }
                }
                try {
                    InteractionReply reply = interaction.send().awaitReply();
                    System.out.println((reply.ephemeral() ? "(private) " : "") + FakeJson.write(reply.message()));
                } catch (AssertionError e) {
                    System.out.println("No answer: " + e.getMessage());
                }
            }
        }
    }
}
