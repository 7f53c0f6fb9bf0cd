package dev.rumourmill.discord;

import dev.rumourmill.alerts.ClubNames;
import dev.rumourmill.alerts.Subscription;
import dev.rumourmill.alerts.SubscriptionService;
import dev.rumourmill.contracts.ContractService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Suggestions for /alerts: clubs from the knowledge base when following, and what the channel already
 * follows when unfollowing.
 */
class AlertsAutocomplete implements AutocompleteHandler {

    private final SubscriptionService subscriptions;
    private final ClubNames clubs;
    private final ContractService contracts;

    AlertsAutocomplete(SubscriptionService subscriptions, ClubNames clubs, ContractService contracts) {
        this.subscriptions = subscriptions;
        this.clubs = clubs;
        this.contracts = contracts;
    }

    @Override
    public String commandName() {
        return "alerts";
    }

    @Override
    public List<Choice> suggest(AutocompleteInput input) {
        String typed = input.typed() == null ? "" : input.typed().strip().toLowerCase(Locale.ROOT);
        Set<String> names = new LinkedHashSet<>();
        List<Subscription> current = input.guildId() == null ? List.of() : subscriptions.list(input.channelId());
        Stream<String> followed = current.stream()
                .flatMap(s -> "player".equals(input.focusedOption()) ? s.players().stream() : s.clubs().stream());
        followed.filter(name -> name.toLowerCase(Locale.ROOT).contains(typed)).forEach(names::add);
        List<Choice> choices = new java.util.ArrayList<>(names.stream().map(name -> new Choice(name, name)).toList());
        if ("follow".equals(input.subcommand()) && "club".equals(input.focusedOption())) {
            clubs.suggest(typed, 25).forEach(name -> choices.add(new Choice(name, name)));
        }
        if ("follow".equals(input.subcommand()) && "player".equals(input.focusedOption()) && !typed.isEmpty()) {
            // Values are player ids; following resolves them to the player's full name.
            contracts.playerChoices(typed).forEach(choice -> choices.add(new Choice(choice.label(), choice.value())));
        }
        return choices.stream().limit(25).toList();
    }
}
