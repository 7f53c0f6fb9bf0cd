package dev.rumourmill.rumours;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences with OpenNLP's English model, then re-joins the splits it gets wrong on
 * football text ("St. James' Park", "St. Pauli", initials). Thread-safe: the detector itself is not, so
 * each thread gets its own over the shared model.
 */
final class SentenceSplitter {

    private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** A split right after these is a false one: the next "sentence" continues a name. */
    private static final Pattern FALSE_END = Pattern.compile("(?:\\b(?:St|Dr|Mr|Mrs|Ms|Jr|Sr|No|vs|v|Nos|Ft|Mt)|\\b[A-Z])\\.\\s*$");

    private final ThreadLocal<SentenceDetectorME> detector;

    SentenceSplitter() {
        SentenceModel model = loadModel();
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP sentence model " + MODEL + " is not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentence spans over {@code text} (start inclusive, end exclusive), in order, covering no blanks. */
    List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int blockStart = 0;
        int length = text.length();
        while (blockStart < length) {
            int blockEnd = text.indexOf('\n', blockStart);
            if (blockEnd < 0) {
                blockEnd = length;
            }
            if (blockEnd > blockStart) {
                splitBlock(text, blockStart, blockEnd, out);
            }
            blockStart = blockEnd + 1;
        }
        return out;
    }

    private static boolean endsFalsely(String text, int[] span) {
        return FALSE_END.matcher(text).region(Math.max(span[0], span[1] - 5), span[1])
                .useTransparentBounds(true).find();
    }

    /** A line break always ends a sentence: headlines and list items carry no full stop. */
    private void splitBlock(String text, int from, int to, List<int[]> out) {
        String block = text.substring(from, to);
        if (block.isBlank()) {
            return;
        }
        Span[] spans = detector.get().sentPosDetect(block);
        int[] pending = null;
        for (Span span : spans) {
            int start = from + span.getStart();
            int end = from + span.getEnd();
            if (pending != null && endsFalsely(text, pending)) {
                pending[1] = end;
                continue;
            }
            if (pending != null) {
                out.add(pending);
            }
            pending = new int[] {start, end};
        }
        if (pending != null) {
            out.add(pending);
        }
    }
}
