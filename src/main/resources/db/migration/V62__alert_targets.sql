-- Issue 16, point 1: where alerts go — channel messages, a thread per story, forum posts, announcements.

-- How the subscription's alerts are posted: MESSAGE (default), THREAD, FORUM or ANNOUNCEMENT.
ALTER TABLE alert_subscription ADD COLUMN post_as VARCHAR(20) DEFAULT 'MESSAGE' NOT NULL;

-- Rows of one channel are sent in order, one lane at a time: ALERTS (messages, edits, replies, threads) and
-- PUBLISH (crossposts of an announcement channel's messages), so a publish held back by Discord's hourly
-- publish limit never holds up the channel's alerts.
ALTER TABLE alert_outbox ADD COLUMN lane VARCHAR(10) DEFAULT 'ALERTS' NOT NULL;

-- The story's thread in the channel (as: thread) or its forum post (as: forum; the thread's id is also its
-- first message's id), so that restarts and other processes post the story's updates in the same thread.
ALTER TABLE alert_story_message ADD COLUMN thread_id VARCHAR(20);

-- Admin notices given once per channel (e.g. forum tags the bot may not create, the publish limit reached),
-- whatever the processes or restarts: the primary key lets only one through.
CREATE TABLE alert_admin_notice (
    channel_id VARCHAR(20)  NOT NULL,
    notice     VARCHAR(100) NOT NULL,
    noticed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel_id, notice)
);
