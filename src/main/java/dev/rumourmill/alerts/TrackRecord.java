package dev.rumourmill.alerts;

/**
 * A source's record on one server: of the stories it reported before they were settled, how many came true
 * (hits) and how many collapsed (misses). Stories still open and reports made once a story was settled do not count.
 */
public record TrackRecord(int hits, int misses) {

    public static final TrackRecord NONE = new TrackRecord(0, 0);

    public TrackRecord {
        if (hits < 0 || misses < 0) {
            throw new IllegalArgumentException("a track record counts stories: " + hits + " hits, " + misses + " misses");
        }
    }

    /** How many of its stories were settled. */
    public int settled() {
        return hits + misses;
    }

    /** Whether there is anything to show: at least one settled story. */
    public boolean exists() {
        return settled() > 0;
    }

    /** Share of settled stories that came true, 0 without any. */
    public double hitRate() {
        return settled() == 0 ? 0 : (double) hits / settled();
    }

    /** "7/9". */
    public String score() {
        return hits + "/" + settled();
    }
}
