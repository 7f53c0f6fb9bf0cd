package dev.rumourmill.alerts;

import dev.rumourmill.rumours.Club;
import dev.rumourmill.rumours.EntityKind;
import dev.rumourmill.rumours.KnowledgeBase;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Club names for /alerts from the rumour engine's knowledge base: "the Reds" → Liverpool. */
class KnowledgeBaseClubNames implements ClubNames {

    private final RumourEngineProvider engines;

    KnowledgeBaseClubNames(RumourEngineProvider engines) {
        this.engines = engines;
    }

    @Override
    public Optional<String> canonical(String typed) {
        KnowledgeBase knowledge = engines.knowledge();
        return knowledge.idOf(EntityKind.CLUB, typed).flatMap(knowledge::club).map(Club::name);
    }

    @Override
    public List<String> suggest(String typed, int max) {
        String wanted = NameKey.of(typed);
        return engines.knowledge().clubs().stream()
                .map(Club::name)
                .filter(name -> NameKey.of(name).contains(wanted))
                .sorted(Comparator.comparing((String name) -> !NameKey.of(name).startsWith(wanted))
                        .thenComparing(name -> name.toLowerCase(Locale.ROOT)))
                .limit(max)
                .toList();
    }
}
