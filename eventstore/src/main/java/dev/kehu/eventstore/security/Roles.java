package dev.kehu.eventstore.security;

import java.util.List;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {

    /** Reads and works every client and task. */
    public static final String ADVISOR = "advisor";
    /** An advisor who also sees statistics, assigns tasks and operates read models. */
    public static final String MANAGER = "manager";
    /** A client: only its own assessments and surveys (token claim {@code clientId}). */
    public static final String CLIENT = "client";
    /** Reads everything, including as-of views; changes nothing. */
    public static final String AUDITOR = "auditor";

    /** The roles of the branch's own people, whom {@link OwnClientOnly} does not limit. */
    public static final List<String> STAFF = List.of(ADVISOR, MANAGER, AUDITOR);

    /** The claim that names a client token's own client id. */
    public static final String CLIENT_ID_CLAIM = "clientId";

    private Roles() {
    }
}
