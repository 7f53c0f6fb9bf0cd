package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {

    @Test
    @DisplayName("text longer than Discord's 2,000 characters is cut with an ellipsis instead of being rejected")
    void longContentIsCut() {
        // GIVEN a reply of 3,000 characters
        Reply reply = Reply.text("a".repeat(3000));

        // WHEN it is rendered
        String content = ReplyRenderer.create(reply).getContent();

        // THEN it fits and shows that it was cut
        assertThat(content).hasSize(2000).endsWith("…");
    }

    @Test
    @DisplayName("an embed with too many, too long fields is cut to 25 fields and 6,000 characters in all")
    void bigEmbedFitsDiscordLimits() {
        // GIVEN an embed with 30 fields of 1,500 characters each
        ReplyEmbed embed = ReplyEmbed.titled("t".repeat(300)).withDescription("d".repeat(5000)).withFooter("f");
        for (int i = 0; i < 30; i++) {
            embed = embed.withField("name " + i, "v".repeat(1500), false);
        }

        // WHEN it is rendered
        MessageEmbed rendered = ReplyRenderer.embed(embed);

        // THEN every Discord limit holds
        assertThat(rendered.getTitle()).hasSize(256);
        assertThat(rendered.getFields()).hasSizeLessThanOrEqualTo(25)
                .allSatisfy(field -> assertThat(field.getValue()).hasSizeLessThanOrEqualTo(1024));
        assertThat(rendered.getLength()).isLessThanOrEqualTo(6000);
    }

    @Test
    @DisplayName("at most 10 embeds are sent")
    void atMostTenEmbeds() {
        // GIVEN a reply with 12 embeds
        List<ReplyEmbed> embeds = IntStream.range(0, 12).mapToObj(i -> ReplyEmbed.titled("embed " + i)).toList();

        // WHEN it is rendered
        var message = ReplyRenderer.create(new Reply("", embeds, List.of(), false));

        // THEN the first ten are kept
        assertThat(message.getEmbeds()).hasSize(10).first().extracting(MessageEmbed::getTitle).isEqualTo("embed 0");
    }

    @Test
    @DisplayName("every rendered message allows no mentions at all")
    void noMentionsAllowed() {
        // GIVEN a reply that contains @everyone and a role mention
        Reply reply = Reply.text("@everyone <@&123456789012345678>");

        // WHEN it is rendered
        var data = ReplyRenderer.create(reply).toData().getObject("allowed_mentions");

        // THEN allowed_mentions is sent, parses nothing, lists nobody and does not ping a replied-to user
        assertThat(data.getArray("parse").length()).isZero();
        assertThat(data.optArray("roles").map(array -> array.length()).orElse(0)).isZero();
        assertThat(data.optArray("users").map(array -> array.length()).orElse(0)).isZero();
        assertThat(data.getBoolean("replied_user")).isFalse();
    }

    @Test
    @DisplayName("a reply must have something to show")
    void emptyReplyIsRejected() {
        // GIVEN nothing to say
        // WHEN / THEN building such a reply fails at once, where the bug is
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Reply.text(" "));
    }

    @Test
    @DisplayName("buttons become one action row of buttons with their ids, labels and disabled state")
    void buttonsBecomeOneRow() {
        // GIVEN a reply with a disabled and an enabled button
        Reply reply = Reply.text("page 1").withButtons(List.of(new ReplyButton("pager:0", "◀ Previous", true),
                new ReplyButton("pager:1", "Next ▶", false)));

        // WHEN it is rendered for a new message and for an edit
        var created = ReplyRenderer.create(reply);
        var edited = ReplyRenderer.edit(Reply.text("no buttons"));

        // THEN the new message has one row with both buttons, and the edit clears old rows
        assertThat(created.getComponents()).hasSize(1);
        var row = created.getComponents().get(0).asActionRow();
        assertThat(row.getButtons()).extracting(b -> b.getCustomId(), b -> b.getLabel(), b -> b.isDisabled())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pager:0", "◀ Previous", true),
                        org.assertj.core.groups.Tuple.tuple("pager:1", "Next ▶", false));
        assertThat(edited.getComponents()).isEmpty();
    }

    @Test
    @DisplayName("a button id longer than Discord's 100 characters is refused when the reply is built")
    void buttonIdTooLong() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReplyButton("p:" + "x".repeat(99), "Next", false))
                .withMessageContaining("1 to 100 characters");
    }
}
