package dev.rumourmill.alerts;

/**
 * Why a story reaches the alerts: it is new, another outlet reported it, or it moved to a new stage — or
 * nothing is new ({@code CATCH_UP}: a repeat or syndicated copy), which only reaches channels that do not
 * have the story yet, such as those of a server whose own feed is the first it may see to report it.
 */
public enum StoryUpdate {
    NEW_STORY, NEW_SOURCE, STAGE_CHANGE, CATCH_UP
}
