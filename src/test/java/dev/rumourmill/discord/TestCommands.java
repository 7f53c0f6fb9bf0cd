package dev.rumourmill.discord;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Commands that exist only in tests that ask for them (property {@code rumourmill.test.extra-commands=true}):
 * one that throws, one that blocks until the test lets it go, one that answers with a user error, one
 * with a button whose click blocks the same way, and an autocomplete that offers too many choices.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = TestCommands.PROPERTY, havingValue = "true")
class TestCommands {

    static final String PROPERTY = "rumourmill.test.extra-commands";
    static final String ENABLED = PROPERTY + "=true";

    /** Released by the test to let /slow finish. */
    static final class Gate {
        private volatile CountDownLatch latch = new CountDownLatch(1);

        void close() {
            latch = new CountDownLatch(1);
        }

        void open() {
            latch.countDown();
        }

        void await() throws InterruptedException {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        }
    }

    @Bean
    Gate gate() {
        return new Gate();
    }

    @Bean
    SlashCommand explodeCommand() {
        return new SlashCommand() {
            @Override
            public SlashCommandData data() {
                return Commands.slash("explode", "Always fails (test only)");
            }

            @Override
            public Reply handle(CommandInput input) {
                throw new IllegalStateException("boom (thrown on purpose by a test)");
            }
        };
    }

    @Bean
    SlashCommand slowCommand(Gate gate) {
        return new SlashCommand() {
            @Override
            public SlashCommandData data() {
                return Commands.slash("slow", "Waits for the test (test only)")
                        .addOption(OptionType.BOOLEAN, "mistake", "answer with a user error", false);
            }

            @Override
            public Reply handle(CommandInput input) throws InterruptedException {
                gate.await();
                if (input.option("mistake").map(Boolean::parseBoolean).orElse(false)) {
                    throw new CommandException("That player is not in the database.");
                }
                return Reply.text("Finished the slow work.");
            }
        };
    }

    @Bean
    SlashCommand pickCommand() {
        return new SlashCommand() {
            @Override
            public SlashCommandData data() {
                return Commands.slash("pick", "Picks a player (test only)")
                        .addOption(OptionType.STRING, "player", "who", true, true);
            }

            @Override
            public Reply handle(CommandInput input) {
                String player = input.requiredOption("player");
                if (player.isBlank()) {
                    return Reply.userError("Give a player name.");
                }
                return Reply.text("You picked " + player + " <@&123456789012345678> @everyone");
            }
        };
    }

    @Bean
    SlashCommand permsCommand() {
        return new SlashCommand() {
            @Override
            public SlashCommandData data() {
                return Commands.slash("perms", "Shows what the bot read from the interaction (test only)")
                        .addSubcommands(new SubcommandData("show", "show it").addOption(OptionType.INTEGER, "count", "a number"));
            }

            @Override
            public Reply handle(CommandInput input) {
                return Reply.text("subcommand=" + input.subcommand() + " count=" + input.option("count").orElse("-")
                        + " manage-server=" + input.has(Permission.MANAGE_SERVER) + " user=" + input.userId()
                        + " channel=" + input.channelId());
            }
        };
    }

    @Bean
    SlashCommand chartCommand() {
        return new SlashCommand() {
            @Override
            public SlashCommandData data() {
                return Commands.slash("chart", "Answers with an attachment (test only)");
            }

            @Override
            public Reply handle(CommandInput input) {
                return Reply.embed(ReplyEmbed.titled("Contract chart"))
                        .withFile(new ReplyFile("chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            }
        };
    }

    @Bean
    SlashCommand buttonsCommand() {
        return new SlashCommand() {
            @Override
            public SlashCommandData data() {
                return Commands.slash("buttons", "Answers with a button whose click is slow (test only)");
            }

            @Override
            public Reply handle(CommandInput input) {
                return Reply.text("Press it.").withButtons(List.of(new ReplyButton("slowclick:go", "Go", false)));
            }
        };
    }

    /** Clicks on "slowclick:…" wait for the same gate as /slow. */
    @Bean
    ButtonHandler slowClick(Gate gate) {
        return new ButtonHandler() {
            @Override
            public String prefix() {
                return "slowclick";
            }

            @Override
            public Reply handle(ButtonInput input) throws InterruptedException {
                gate.await();
                return Reply.text("Clicked after the slow work (" + input.state() + ").");
            }
        };
    }

    @Bean
    AutocompleteHandler pickAutocomplete() {
        return new AutocompleteHandler() {
            @Override
            public String commandName() {
                return "pick";
            }

            @Override
            public List<Choice> suggest(AutocompleteInput input) {
                return IntStream.rangeClosed(1, 40)
                        .mapToObj(i -> new Choice(input.typed() + " player " + i + " " + "x".repeat(120), "p" + i))
                        .toList();
            }
        };
    }
}
