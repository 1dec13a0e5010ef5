package dev.kehu.retention.domain.client;

/** The client's value to the branch, from its segment (SPEC §3). */
public enum ClientPriority {
    KEY, IMPORTANT, STANDARD
}
