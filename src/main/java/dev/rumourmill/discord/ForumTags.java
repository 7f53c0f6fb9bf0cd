package dev.rumourmill.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.forums.BaseForumTag;
import net.dv8tion.jda.api.entities.channel.forums.ForumTag;
import net.dv8tion.jda.api.entities.channel.forums.ForumTagData;
import net.dv8tion.jda.api.entities.channel.forums.ForumTagSnowflake;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;

/**
 * Decides which of a forum's tags a story's post gets: the forum's own tags whose names match the story's club
 * and stage (any case), and — when the bot may manage the forum — new tags for the names it lacks, up to Discord's
 * 20 a forum. Without Manage Channels the post goes out with the tags there are, and the admins hear it once.
 */
final class ForumTags {

    /** Discord keeps at most 20 tags on a forum. */
    static final int MAX_FORUM_TAGS = 20;

    /**
     * The tags to apply, or — when some had to be created first — none yet: the caller asks again once JDA has
     * the forum's new tags (Discord sends them as a channel update).
     *
     * @param tags   the forum's tags for the story
     * @param notice for the admins when wanted tags were skipped, or null
     * @param pending true while newly created tags are not known to JDA yet
     */
    record Choice(List<ForumTagSnowflake> tags, String notice, boolean pending) {
    }

    private ForumTags() {
    }

    /** Which tags the post gets; creates missing ones when the bot may. */
    static Choice choose(ForumChannel forum, List<String> wanted) throws RateLimitedException, TimeoutException {
        List<ForumTagSnowflake> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        sort(forum, wanted, found, missing);
        if (missing.isEmpty()) {
            return new Choice(found, null, false);
        }
        if (!forum.getGuild().getSelfMember().hasPermission(forum, Permission.MANAGE_CHANNEL)) {
            return new Choice(found, "Rumour Mill may not create tags in the forum #" + forum.getName() + " ("
                    + forum.getId() + "): its posts go out without the club and stage tags the forum lacks. Give the bot "
                    + "Manage Channels there, or create the tags yourself (named like the clubs and stages).", false);
        }
        List<BaseForumTag> all = new ArrayList<>();
        forum.getAvailableTags().forEach(tag -> all.add(ForumTagData.from(tag)));
        List<String> creatable = missing.subList(0, Math.max(0, Math.min(MAX_FORUM_TAGS - all.size(), missing.size())));
        if (creatable.isEmpty()) {
            return new Choice(found, "The forum #" + forum.getName() + " (" + forum.getId() + ") has Discord's maximum of "
                    + MAX_FORUM_TAGS + " tags: Rumour Mill's posts there go out without the club and stage tags it lacks.",
                    false);
        }
        creatable.forEach(name -> all.add(new ForumTagData(name)));
        RestCalls.complete(forum.getManager().setAvailableTags(all));
        // Discord answers the change and announces it as a channel update; JDA learns the new tags' ids from the latter.
        List<ForumTagSnowflake> now = new ArrayList<>();
        List<String> stillMissing = new ArrayList<>();
        sort(forum, wanted, now, stillMissing);
        return new Choice(now, null, stillMissing.stream().anyMatch(creatable::contains));
    }

    private static void sort(ForumChannel forum, List<String> wanted, List<ForumTagSnowflake> found, List<String> missing) {
        for (String name : wanted) {
            Optional<ForumTag> tag = find(forum, name);
            if (tag.isPresent()) {
                found.add(tag.get());
            } else {
                missing.add(name);
            }
        }
    }


    private static Optional<ForumTag> find(ForumChannel forum, String name) {
        return forum.getAvailableTags().stream()
                .filter(tag -> tag.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
