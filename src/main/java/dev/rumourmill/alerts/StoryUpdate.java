package dev.rumourmill.alerts;

/** Why a story reaches the alerts: it is new, another outlet reported it, or it moved to a new stage. */
public enum StoryUpdate {
    NEW_STORY, NEW_SOURCE, STAGE_CHANGE
}
