package dev.rumourmill.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns feed bytes into text. The order is: a byte-order mark, then the HTTP charset and the XML
 * declaration, then UTF-8. When the server and the document disagree, bytes that are valid UTF-8
 * settle it if either side says UTF-8 (the usual case of a server defaulting to ISO-8859-1); otherwise
 * the document's own declaration wins, as in Rome's lenient mode. Bad bytes become U+FFFD with a
 * warning instead of failing the whole feed.
 */
final class FeedCharset {

    private static final Pattern XML_DECLARATION_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    /** White space and UTF-8 byte-order marks (as Latin-1) that some feeds put before the declaration. */
    private static final Pattern LEADING_JUNK = Pattern.compile("^(?:\\s|\u00EF\u00BB\u00BF)+");
    private static final Pattern HTTP_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private FeedCharset() {
    }

    static String decode(byte[] bytes, String httpContentType, List<String> warnings) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return decodeLeniently(bytes, bom.length, bom.charset, warnings);
        }
        Charset bomless = bomlessUtf16(bytes);
        if (bomless != null) {
            return decodeLeniently(bytes, 0, bomless, warnings);
        }
        Charset declared = named(xmlDeclaredEncoding(bytes), "the XML declaration", warnings);
        Charset fromHttp = named(httpCharset(httpContentType), "the server's Content-Type", warnings);
        return decodeLeniently(bytes, 0, choose(bytes, declared, fromHttp, warnings), warnings);
    }

    private static Charset choose(byte[] bytes, Charset declared, Charset fromHttp, List<String> warnings) {
        if (declared == null && fromHttp == null) {
            return StandardCharsets.UTF_8;
        }
        if (declared == null || fromHttp == null || declared.equals(fromHttp)) {
            return declared != null ? declared : fromHttp;
        }
        boolean oneSaysUtf8 = declared.equals(StandardCharsets.UTF_8) || fromHttp.equals(StandardCharsets.UTF_8);
        Charset chosen = oneSaysUtf8 && isValidUtf8(bytes) ? StandardCharsets.UTF_8 : declared;
        warnings.add("The server says the feed is " + fromHttp.name() + " but the feed says " + declared.name()
                + "; read it as " + chosen.name() + ".");
        return chosen;
    }

    private static String decodeLeniently(byte[] bytes, int offset, Charset charset, List<String> warnings) {
        // The String constructor (the JDK's fast path) replaces bad bytes with U+FFFD; only when that character is in
        // the result is a strict decoder needed, to tell bad bytes from a U+FFFD the feed really contains.
        String text = new String(bytes, offset, bytes.length - offset, charset);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("The feed contains bytes that are not valid " + charset.name()
                    + "; they were replaced with \uFFFD.");
            return text;
        }
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset named(String name, String where, List<String> warnings) {
        if (name == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name);
            // US-ASCII declarations are nearly always UTF-8 in practice; reading as UTF-8 loses nothing.
            return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException e) {
            warnings.add(where + " names an unknown character set '" + name + "'; it was ignored.");
            return null;
        }
    }

    static String httpCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = HTTP_CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String xmlDeclaredEncoding(byte[] bytes) {
        // The declaration is ASCII by definition, so the first bytes can be read as Latin-1.
        String head = LEADING_JUNK.matcher(new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1))
                .replaceFirst("");
        Matcher matcher = XML_DECLARATION_ENCODING.matcher(head);
        return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : null;
    }

    private static Charset bomlessUtf16(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == 0 && bytes[1] == '<') {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && bytes[0] == '<' && bytes[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private record Bom(Charset charset, int length) {

        static Bom of(byte[] b) {
            if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
                return new Bom(Charset.forName("UTF-32BE"), 4);
            }
            if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
                return new Bom(Charset.forName("UTF-32LE"), 4);
            }
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
