package dev.rumourmill.discord.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough multipart/form-data parsing for Discord uploads: the payload_json part and file names. */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    record Parsed(String payloadJson, List<String> fileNames) {
    }

    private Multipart() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    static Parsed parse(String contentType, byte[] body) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw new IllegalArgumentException("multipart without boundary: " + contentType);
        }
        // ISO-8859-1 maps every byte to one char, so binary parts cannot break the split.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String payload = null;
        List<String> files = new ArrayList<>();
        for (String part : text.split(Pattern.quote("--" + boundaryMatch.group(1)))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String content = part.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher fileName = FILE_NAME.matcher(headers);
            Matcher name = NAME.matcher(headers);
            if (fileName.find()) {
                files.add(fileName.group(1));
            } else if (name.find() && name.group(1).equals("payload_json")) {
                payload = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return new Parsed(payload, files);
    }
}
