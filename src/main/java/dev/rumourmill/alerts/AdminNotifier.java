package dev.rumourmill.alerts;

/** Tells the bot's admins about something they must fix (a channel the bot cannot post to, a dead feed). */
public interface AdminNotifier {

    void notifyAdmins(String message);
}
