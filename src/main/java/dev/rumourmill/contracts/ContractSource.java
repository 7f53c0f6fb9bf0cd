package dev.rumourmill.contracts;

/** Where a contract fact came from, in order of precedence: the first wins. */
public enum ContractSource {
    ADMIN_OVERRIDE("admin override"),
    CURATED("curated data"),
    LIVE_PROVIDER("live provider"),
    NEWS_REPORTED("news report");

    private final String label;

    ContractSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean outranks(ContractSource other) {
        return ordinal() < other.ordinal();
    }
}
