package dev.rumourmill.discord;

/**
 * A button under a reply, as a plain value. A click comes back to the {@link ButtonHandler} whose
 * {@link ButtonHandler#prefix()} starts {@code id}, so the id carries all the state the click needs.
 *
 * @param id       Discord's custom id: {@code prefix:state}, at most 100 characters
 * @param label    the text on the button, at most 80 characters
 * @param disabled shown greyed out and not clickable (e.g. "Next" on the last page)
 */
record ReplyButton(String id, String label, boolean disabled) {

    static final int MAX_ID = 100;
    static final int MAX_LABEL = 80;

    public ReplyButton {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("a button id needs 1 to " + MAX_ID + " characters, not '" + id + "'");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a button needs a label");
        }
        label = ReplyRenderer.truncate(label, MAX_LABEL);
    }

    /** Whether {@code id} would be accepted; lets a command leave its buttons out rather than fail. */
    public static boolean fits(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID;
    }
}
