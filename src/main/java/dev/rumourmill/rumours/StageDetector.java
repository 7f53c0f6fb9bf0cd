package dev.rumourmill.rumours;

/** How far the move has got in this article: the furthest stage its story sentences speak of. */
final class StageDetector {

    private StageDetector() {
    }

    static StoryStage stage(ArticleText article, Label label) {
        switch (label) {
            case NOT_TRANSFER:
                return null;
            case CONFIRMED:
                return StoryStage.OFFICIAL;
            case DENIAL:
                return StoryStage.DENIED;
            default:
                break;
        }
        StoryStage furthest = StoryStage.INTEREST;
        for (int s = 0; s < article.sentenceCount(); s++) {
            for (Cue cue : article.cuesIn(s)) {
                StoryStage stage = switch (cue) {
                    case STAGE_TALKS -> StoryStage.TALKS;
                    case STAGE_BID -> StoryStage.BID;
                    case STAGE_AGREED -> StoryStage.AGREED;
                    case STAGE_MEDICAL -> StoryStage.MEDICAL;
                    default -> null;
                };
                if (stage != null && stage.ordinal() > furthest.ordinal()) {
                    furthest = stage;
                }
            }
        }
        // A rumour is never official, whatever words it uses: that is the label's job.
        return furthest;
    }
}
