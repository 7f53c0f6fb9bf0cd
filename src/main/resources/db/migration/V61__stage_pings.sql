-- Issue 16: a subscription's role is mentioned only when a story reaches one of its ping-at stages, once.

-- The stages that ping the subscription's role, one a line (agreed, official, ...); empty: never ping.
ALTER TABLE alert_subscription ADD COLUMN ping_at VARCHAR(200) DEFAULT '' NOT NULL;

-- One row per (channel, story) whose role was mentioned: inserted in the transaction that queues the pinging
-- alert, so its primary key lets only one ping per story and channel through, whatever the threads, processes
-- or restarts. A story key seen again after the story window is a new story and may ping again.
CREATE TABLE alert_story_ping (
    channel_id VARCHAR(20)  NOT NULL,
    story_key  VARCHAR(300) NOT NULL,
    stage      VARCHAR(30)  NOT NULL,
    pinged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel_id, story_key)
);
