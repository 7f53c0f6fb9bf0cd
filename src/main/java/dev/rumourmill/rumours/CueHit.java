package dev.rumourmill.rumours;

/** A cue phrase found in an article; offsets in the original text. */
record CueHit(Cue cue, String phrase, int start, int end) {
}
