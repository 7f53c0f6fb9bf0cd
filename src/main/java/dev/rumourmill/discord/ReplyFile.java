package dev.rumourmill.discord;

/** An attachment of a reply, e.g. a PNG chart. */
record ReplyFile(String name, byte[] content) {

    public ReplyFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a file name");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
