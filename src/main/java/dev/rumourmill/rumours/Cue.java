package dev.rumourmill.rumours;

/** A kind of phrase the classifier and extractors look for; the phrases live in {@code rumours/cues.txt}. */
enum Cue {
    TRANSFER, RUMOUR, CONFIRMED, DENIAL, MATCH, FEATURE, WAGE, LOAN, FREE, STAFF, INTRO, ATTRIBUTION, HEDGE,
    STAGE_INTEREST, STAGE_TALKS, STAGE_BID, STAGE_AGREED, STAGE_MEDICAL, STAGE_OFFICIAL
}
