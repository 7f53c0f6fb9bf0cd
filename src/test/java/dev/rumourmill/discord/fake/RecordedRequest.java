package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One REST request the bot made, as the fake saw it.
 *
 * @param method    GET, POST, PATCH, PUT or DELETE
 * @param path      the path after {@code /api/v10}, e.g. {@code /channels/123/messages}
 * @param query     the query string, or ""
 * @param headers   request headers, names in lower case (the Authorization value is replaced by "***")
 * @param json      the JSON body (for multipart: the payload_json part), or a null node
 * @param fileNames file names of multipart attachments
 * @param status    the status the fake answered with
 * @param at        when it arrived
 */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, JsonNode json,
                              List<String> fileNames, int status, Instant at) {

    public boolean is(String expectedMethod, String pathRegex) {
        return method.equals(expectedMethod) && path.matches(pathRegex);
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
    }
}
