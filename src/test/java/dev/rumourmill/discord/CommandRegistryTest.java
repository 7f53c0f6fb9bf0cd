package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {

    @Test
    @DisplayName("a click goes to the button handler named by the custom id's part before the first colon")
    void buttonsByPrefix() {
        // GIVEN handlers for the prefixes "expiring" and "page"
        CommandRegistry registry = new CommandRegistry(List.of(), List.of(),
                List.of(handler("expiring"), handler("page")), new DiscordStartupFindings());

        // WHEN / THEN ids find their handler; ids without a known prefix or a colon find none
        assertThat(registry.button("expiring:club:with:colons:12:3")).get().extracting(ButtonHandler::prefix)
                .isEqualTo("expiring");
        assertThat(registry.button("page:2")).get().extracting(ButtonHandler::prefix).isEqualTo("page");
        assertThat(registry.button("expiring")).isEmpty();
        assertThat(registry.button("other:1")).isEmpty();
        assertThat(registry.button(":1")).isEmpty();
    }

    @Test
    @DisplayName("two button handlers with the same prefix stop the start with a clear message")
    void duplicatePrefix() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new CommandRegistry(List.of(), List.of(), List.of(handler("page"), handler("page")),
                        new DiscordStartupFindings()))
                .withMessage("two button handlers for the prefix page");
    }

    private static ButtonHandler handler(String prefix) {
        return new ButtonHandler() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public Reply handle(ButtonInput input) {
                return Reply.text(prefix);
            }
        };
    }
}
