package dev.rumourmill.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What makes two sightings of an item "the same entry": a stable guid, else the link without tracking
 * parameters, else a hash of title and date. Never the date alone — feeds re-issue items with new
 * timestamps, and keying on them is the classic cause of duplicate alerts.
 */
final class EntryIdentity {

    /** BBC-style guids end in "#0", "#1"… when an item is re-issued; the number is not part of the story. */
    private static final Pattern REISSUE_SUFFIX = Pattern.compile("#\\d+$");
    private static final int MAX_LENGTH = 2000;

    private EntryIdentity() {
    }

    /**
     * @param guid        the guid (RSS) or id (Atom), or null
     * @param guidIsStable false when the guid is unusable, e.g. shared by several items of the same feed
     */
    static String of(String guid, boolean guidIsStable, String link, String title, Instant date) {
        if (guidIsStable && !FeedText.isBlank(guid) && !looksLikeADate(guid.strip())) {
            return bounded(normaliseUrlLike(guid.strip()));
        }
        if (!FeedText.isBlank(link)) {
            return bounded(normaliseUrlLike(link.strip()));
        }
        return "sha256:" + sha256((title == null ? "" : title.strip()) + "\n" + (date == null ? "" : date.toString()));
    }

    private static String normaliseUrlLike(String value) {
        if (!(value.startsWith("http://") || value.startsWith("https://"))) {
            return value;
        }
        return REISSUE_SUFFIX.matcher(TrackingParameters.strip(value)).replaceFirst("");
    }

    /** Some feeds fill guid with the publication time; that changes on every re-issue. */
    private static boolean looksLikeADate(String guid) {
        return guid.length() <= 40 && guid.indexOf('/') < 0 && FeedDates.parse(guid) != null;
    }

    private static String bounded(String id) {
        return id.length() <= MAX_LENGTH ? id : "sha256:" + sha256(id);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
