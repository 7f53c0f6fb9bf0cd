package dev.rumourmill.rumours;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article to analyse.
 *
 * @param published the publication day, or null when unknown (then relative dates are not resolved)
 * @param title     the headline, or null
 */
public record Article(String id, String url, LocalDate published, String title, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
    }
}
