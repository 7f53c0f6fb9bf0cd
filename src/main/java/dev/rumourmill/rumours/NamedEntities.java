package dev.rumourmill.rumours;

import java.util.List;

/**
 * What an article names besides its resolved mentions, for the grounding check: the players discovered in
 * it and the sources it cites. Looked up by kind and id; an article names a few dozen entities, so a scan
 * costs less than building a set of keys for every article.
 */
record NamedEntities(List<Mention> mentions, List<Source> sources) {

    static final NamedEntities NONE = new NamedEntities(List.of(), List.of());

    boolean names(EntityKind kind, String id) {
        for (Mention m : mentions) {
            if (m.kind() == kind && m.id().equals(id)) {
                return true;
            }
        }
        if (kind == EntityKind.SOURCE) {
            for (Source s : sources) {
                if (s.id().equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }
}
