package dev.rumourmill.config;

/**
 * A value in bot-config.yml that cannot be used. Thrown from the records' constructors so that the
 * loader can name the key, the bad value and the fix in one message.
 */
class InvalidConfigException extends IllegalArgumentException {

    private final String key;
    private final String value;
    private final String fix;

    public InvalidConfigException(String key, Object value, String fix) {
        super(key + " = '" + value + "': " + fix);
        this.key = key;
        this.value = String.valueOf(value);
        this.fix = fix;
    }

    /** The key relative to the record that threw, e.g. {@code interval}. */
    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public String fix() {
        return fix;
    }
}
