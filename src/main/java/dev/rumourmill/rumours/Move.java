package dev.rumourmill.rumours;

/**
 * One player's move as an article tells it.
 *
 * @param fromClub the club he would leave (his current club), or null when the article does not say
 * @param toClub   where he would go (for a renewal: the club he stays at), or null when the article names
 *                 no destination; an empty destination is better than a wrong one
 * @param fee      the fee of this move as written, or null
 * @param stage    how far this move has got, as far as the article says
 */
public record Move(Player player, Club fromClub, Club toClub, MoveKind kind, String fee, StoryStage stage) {

    public Move {
        if (player == null || kind == null) {
            throw new IllegalArgumentException("a move needs a player and a kind");
        }
    }
}
