package dev.kehu.retention.domain.nextaction;

/** The kinds of item on an advisor's next actions (docs/domain.md#next-actions). */
public enum NextActionKind { TASK, CONTACT_DUE, REMINDER, REASSESSMENT, CAMPAIGN_MEMBER }
