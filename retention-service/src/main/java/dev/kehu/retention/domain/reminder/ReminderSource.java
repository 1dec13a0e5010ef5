package dev.kehu.retention.domain.reminder;

/** Whether a reminder comes from the client's own preference or from an event about the client. */
public enum ReminderSource { PREFERENCE, EVENT }
