package dev.rumourmill.rumours;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences: a cheap scan settles the obvious sentence ends, OpenNLP's English model judges
 * the rest, and the model's false splits after "St.", "Mr.", initials and the like are re-joined.
 *
 * <p>A line break always ends a sentence: headlines and list items carry no full stop. Within a line the scan
 * cuts where the model would split anyway: a '.' or '?' right after a plain word ("deal.", "Bodø/Glimt?"), a
 * year ("2026.") or an amount ("€50m."), then white space and a capital (after '.' also a digit, or an
 * opening quote and a capital). That is most sentence ends in an article, and running the model over all of
 * them was most of the splitting time. A piece between cuts that still has an end character before its last
 * word ("St. James' Park", "the U.S. side", "No. 9", "a €39.5m fee", "go!" or "said." before a quote) goes
 * to the model, which also sees the word before the piece, as it did when it read whole lines, so it decides
 * as it did then; a piece without one is one sentence. The end characters are the model's own ('.', '!',
 * '?': its eosCharacters), and white space is what the model counts as such.
 *
 * <p>Thread-safe: the detector itself is not, so each thread gets its own over the shared model.
 */
final class SentenceSplitter {

    private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private final ThreadLocal<SentenceDetectorME> detector;
    private final SentenceEnds ends;

    SentenceSplitter() {
        this(Lexicon.english());
    }

    SentenceSplitter(Lexicon lexicon) {
        this.ends = new SentenceEnds(lexicon);
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

    /** A line break always ends a sentence: headlines and list items carry no full stop. */
    private void splitBlock(String text, int from, int to, List<int[]> out) {
        int blockFirst = out.size();
        int pieceStart = from;
        int firstUndecided = -1; // the piece's first end character that the scan did not cut at
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!SentenceEnds.isEnd(c)) {
                continue;
            }
            if (c != '!' && ends.certainEnd(text, from, to, i)) {
                addPiece(text, pieceStart, i + 1, firstUndecided, blockFirst, out);
                pieceStart = i + 1;
                firstUndecided = -1;
            } else if (firstUndecided < 0) {
                firstUndecided = i;
            }
        }
        addPiece(text, pieceStart, to, firstUndecided, blockFirst, out);
    }

    /**
     * One piece of a line: a sentence of its own, or the model's to split when an end character comes
     * before its last word (one inside the last word, as in "bbc.co.uk", cannot start a new sentence).
     */
    private void addPiece(String text, int from, int to, int firstUndecided, int blockFirst, List<int[]> out) {
        int start = from;
        int end = to;
        while (start < end && SentenceEnds.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && SentenceEnds.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        int lastWord = end;
        while (lastWord > start && !SentenceEnds.isSpace(text.charAt(lastWord - 1))) {
            lastWord--;
        }
        if (firstUndecided < 0 || firstUndecided >= lastWord) {
            addSentence(text, start, end, blockFirst, out);
            return;
        }
        // The model weighs the word before each candidate end too, so it also sees the word that ended the
        // previous piece (as when it read the whole line); whatever it makes of that word is dropped.
        int context = from; // a piece after the first starts right after a cut; the first, after a line break
        while (context > 0 && !SentenceEnds.isSpace(text.charAt(context - 1))) {
            context--;
        }
        for (Span span : detector.get().sentPosDetect(text.substring(context, to))) {
            int spanEnd = context + span.getEnd();
            if (spanEnd > start) {
                addSentence(text, Math.max(start, context + span.getStart()), spanEnd, blockFirst, out);
            }
        }
    }

    /** Adds a sentence, or re-joins it to the line's previous one when that one ended falsely. */
    private void addSentence(String text, int start, int end, int blockFirst, List<int[]> out) {
        if (out.size() > blockFirst) {
            int[] previous = out.get(out.size() - 1);
            if (ends.endsFalsely(text, previous[0], previous[1])) {
                previous[1] = end;
                return;
            }
        }
        out.add(new int[] {start, end});
    }
}
