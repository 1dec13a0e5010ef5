package dev.kehu.retention.domain.client;

/** The client's value to the branch, from its segment (docs/domain.md#segments). */
public enum ClientPriority {
    KEY, IMPORTANT, STANDARD
}
