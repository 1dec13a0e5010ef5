package dev.kehu.segmentation;

import java.util.List;
import java.util.Set;

import dev.kehu.testsupport.audit.AuditsEventContract;

/** What segmentation published and consumed in this module's tests, against docs/schemas (runs last). */
class EventContractAuditTest extends AuditsEventContract {

    EventContractAuditTest() {
        super(List.of("segmentation.segment-changed"), Set.of("segmentation.segment.changed.v1"),
                List.of("backoffice.trades", "backoffice.balances"));
    }
}
