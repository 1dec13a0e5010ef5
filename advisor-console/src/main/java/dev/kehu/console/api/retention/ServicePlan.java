package dev.kehu.console.api.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kehu.console.api.Bilingual;

/** A client's service plan and where its contact clock stands. */
public record ServicePlan(String tier, List<PromisedService> promisedServices, int contactEveryDays,
        Instant lastContactAt, LocalDate nextContactDue, long overdueDays) {

    public record PromisedService(String code, String zh, String en) implements Bilingual {
    }

    /** One recorded contact with the client. */
    public record Contact(Instant occurredAt, String channel, String direction, String purpose, String notes,
            String campaignId, String taskId, String recordedBy) {
    }

    /** A client whose next contact is due. */
    public record Due(String clientId, String tier, long overdueDays) {
    }
}
