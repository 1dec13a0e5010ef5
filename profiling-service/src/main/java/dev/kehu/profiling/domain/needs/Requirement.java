package dev.kehu.profiling.domain.needs;

/** A service requirement of the source's 客户需求分析表 (docs/domain.md#service-needs). */
public enum Requirement {
    TIMELY_CONCISE_INFO, ACTIONABLE_OPTIONS, ASSET_SAFETY, CAPITAL_PRESERVATION, MARKET_AVERAGE_RETURN,
    ABOVE_MARKET_RETURN, PRIVACY, EXCLUSIVITY, FREQUENT_CONTACT, FUND_SAFETY, FAST_TRADING, MULTI_CHANNEL
}
