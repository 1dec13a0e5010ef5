package dev.kehu.console.api.retention;

/** The body of {@code POST /clients/{clientId}/contacts} (docs/contract.md, retention-service contacts). */
public record ContactRequest(String channel, String direction, String purpose, String occurredAt, String notes,
        String campaignId, String taskId, String reminderContent) {
}
