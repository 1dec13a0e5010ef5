package dev.kehu.console.codes;

import dev.kehu.console.api.Service;

/**
 * A list of codes a page offers (a filter's options, a form's choices), read from the OpenAPI document
 * of the service that owns it: the enumeration of {@code field} (a query parameter, or a property of
 * the request or response body) of the operation {@code operationId}. The labels stay in the console's
 * bundles under {@code <labelKind>.<code>}.
 */
public enum CodeList {

    SEGMENT(Service.SEGMENTATION, "listClients", "segment", "segment"),
    RISK_CATEGORY(Service.PROFILING, "listProfiles", "riskCategory", "category"),
    CHURN_LEVEL(Service.RETENTION, "listChurnRisks", "level", "riskLevel"),
    REASON(Service.RETENTION, "recordComprehension", "reasonCategory", "reason"),
    ANSWER(Service.RETENTION, "recordResponse", "answer", "answer"),
    OUTCOME(Service.RETENTION, "closeRetentionTask", "outcome", "outcome"),
    LSCPA_STEP(Service.RETENTION, "tickLscpa", "step", "lscpa");

    public final Service service;
    public final String operationId;
    public final String field;
    public final String labelKind;

    CodeList(Service service, String operationId, String field, String labelKind) {
        this.service = service;
        this.operationId = operationId;
        this.field = field;
        this.labelKind = labelKind;
    }
}
