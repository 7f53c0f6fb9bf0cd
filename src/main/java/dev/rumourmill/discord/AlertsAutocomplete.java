package dev.rumourmill.discord;

import dev.rumourmill.alerts.ClubNames;
import dev.rumourmill.alerts.Subscription;
import dev.rumourmill.alerts.SubscriptionService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Suggestions for /alerts: clubs from the knowledge base when following, and what the channel already
 * follows when unfollowing.
 */
@Component
class AlertsAutocomplete implements AutocompleteHandler {

    private final SubscriptionService subscriptions;
    private final ClubNames clubs;

    AlertsAutocomplete(SubscriptionService subscriptions, ObjectProvider<ClubNames> clubs) {
        this.subscriptions = subscriptions;
        this.clubs = clubs.getIfAvailable(ClubNames::asTyped);
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
        if ("follow".equals(input.subcommand()) && "club".equals(input.focusedOption())) {
            names.addAll(clubs.suggest(typed, 25));
        }
        return names.stream().limit(25).map(name -> new Choice(name, name)).toList();
    }
}
