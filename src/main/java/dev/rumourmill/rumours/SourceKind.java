package dev.rumourmill.rumours;

import java.util.Locale;

/** Who a report comes from; journalists are rated apart from the outlets they write for. */
public enum SourceKind {
    JOURNALIST, OUTLET, AGGREGATOR, OFFICIAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SourceKind parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
