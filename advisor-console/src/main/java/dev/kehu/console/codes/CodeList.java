package dev.kehu.console.codes;

import java.util.List;

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
    LSCPA_STEP(Service.RETENTION, "tickLscpa", "step", "lscpa"),
    CONTACT_CHANNEL(Service.RETENTION, "recordContact", "channel", "channel"),
    DIRECTION(Service.RETENTION, "recordContact", "direction", "direction"),
    PURPOSE(Service.RETENTION, "recordContact", "purpose", "purpose"),
    ACKNOWLEDGEMENT_CHANNEL(Service.PROFILING, "acknowledgeSuitabilityCheck", "channel", "ackChannel"),
    PRODUCT_RISK_LEVEL(Service.PROFILING, "putProduct", "riskLevel", "productRisk"),
    HORIZON(Service.PROFILING, "putProduct", "horizon", "horizon"),
    PERSONALITY(Service.PROFILING, "listProfiles", "personality", "personality"),
    REMINDER_CONTENT(Service.RETENTION, "recordContact", "reminderContent", "reminderContent"),
    // the service needs: profiling-service takes them as text and enumerates them in what it answers
    NEEDS_CHANNEL(Service.PROFILING, "putServiceNeeds", "channel", "channel"),
    EMOTIONAL_NEED(Service.PROFILING, "putServiceNeeds", "emotionalNeeds", "emotional"),
    INFORMATION_STYLE(Service.PROFILING, "putServiceNeeds", "informationStyle", "infoStyle"),
    DECISION_STYLE(Service.PROFILING, "putServiceNeeds", "decisionStyle", "decisionStyle"),
    NEEDS_HORIZON(Service.PROFILING, "putServiceNeeds", "horizon", "horizon"),
    ORIENTATION(Service.PROFILING, "putServiceNeeds", "orientation", "orientation"),
    FREQUENCY(Service.PROFILING, "putServiceNeeds", "frequency", "frequency"),
    // requirement codes are the keys' values of a map in its document, which enumerates no property for them
    REQUIREMENT(Service.PROFILING, "putServiceNeeds", "requirementCode", "requirement",
            "TIMELY_CONCISE_INFO", "ACTIONABLE_OPTIONS", "ASSET_SAFETY", "CAPITAL_PRESERVATION",
            "MARKET_AVERAGE_RETURN", "ABOVE_MARKET_RETURN", "PRIVACY", "EXCLUSIVITY", "FREQUENT_CONTACT",
            "FUND_SAFETY", "FAST_TRADING", "MULTI_CHANNEL"),
    // profiling-service takes these facets as plain text and its document enumerates none of them yet: the
    // codes of docs/contract.md stand in until it does (an unknown one is still the service's 400)
    MARITAL_STATUS(Service.PROFILING, "putHousehold", "maritalStatus", "marital",
            "SINGLE", "MARRIED", "WIDOWED"),
    SOCIAL_BACKGROUND(Service.PROFILING, "putSocialBackground", "background", "background",
            "SALARIED_EXECUTIVE", "SELF_MADE_INVESTOR", "BUSINESS_OWNER", "PROFESSIONAL", "INHERITED_WEALTH"),
    INVESTOR_ATTITUDE(Service.PROFILING, "putInvestorAttitude", "group", "investorAttitude",
            "TRENDY", "STEADY", "CAREER", "IMPULSIVE", "EASYGOING");

    public final Service service;
    public final String operationId;
    public final String field;
    public final String labelKind;
    /** The documented codes, used only while the service's document enumerates none for the field. */
    public final List<String> documented;

    CodeList(Service service, String operationId, String field, String labelKind, String... documented) {
        this.service = service;
        this.operationId = operationId;
        this.field = field;
        this.labelKind = labelKind;
        this.documented = List.of(documented);
    }
}
