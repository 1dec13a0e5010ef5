package dev.kehu.retention.domain.task;

/** The CPR workflow's codes (docs/domain.md#cpr). */
public final class Codes {

    private Codes() {
    }

    /** Why the client is leaving (C 理解). */
    public enum ReasonCategory { PRICE_AND_PRODUCT, CLIENT_CHANGE, NEGLECT }

    /** The client's answer to the plan (R 响应). */
    public enum Answer { AGREED, PARTIALLY_AGREED, DECLINED }

    /** How the task ended. */
    public enum Outcome { RETAINED, PARTIALLY_RETAINED, LOST }

    /** The LSCPA conversation technique the advisor ticks off. */
    public enum LscpaStep { LISTEN, SHOW_RESPECT, CLARIFY, EXPLAIN, ACT }

    /** What can be done to a task, named in a 409's {@code allowedNextSteps}. */
    public enum Step { COMPREHEND, PROPOSE, RESPOND, CLOSE, LSCPA, ASSIGN }
}
