package dev.rumourmill.contracts;

/**
 * The answer to {@code /squad-contracts}: a PNG chart to attach, and a caption.
 *
 * @param players how many players are on the chart; {@code unknown} more have no expiry date
 */
public record SquadChartReply(Club club, int players, int unknown, byte[] png, String fileName, String caption)
        implements ClubAnswer {
}
