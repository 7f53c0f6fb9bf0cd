package dev.rumourmill.feeds;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Removes the query parameters that only say where a click came from, so that the same article
 * linked from two campaigns is one entry. Everything else in the URL is left exactly as it was.
 */
final class TrackingParameters {

    private static final Set<String> NAMES = Set.of("at_medium", "at_campaign", "at_custom1", "at_custom2",
            "at_custom3", "at_custom4", "at_link_id", "at_link_origin", "at_link_type", "at_ptr_name", "at_format",
            "at_bbc_team", "fbclid", "gclid", "dclid", "msclkid", "ocid", "cmpid", "cmp", "ito", "mc_cid", "mc_eid",
            "igshid", "_ga", "ref", "ref_src", "CMP", "rss", "icid", "src");

    private TrackingParameters() {
    }

    static String strip(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        int fragment = url.indexOf('#', query);
        String base = url.substring(0, query);
        String params = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
        String tail = fragment < 0 ? "" : url.substring(fragment);
        StringJoiner kept = new StringJoiner("&");
        for (String param : params.split("&")) {
            String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
            if (!param.isEmpty() && !isTracking(name)) {
                kept.add(param);
            }
        }
        return base + (kept.length() == 0 ? "" : "?" + kept) + tail;
    }

    private static boolean isTracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("utm_") || NAMES.contains(lower) || NAMES.contains(name);
    }
}
