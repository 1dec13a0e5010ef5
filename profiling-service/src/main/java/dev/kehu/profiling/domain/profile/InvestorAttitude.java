package dev.kehu.profiling.domain.profile;

/** Investor attitude group 投资理财态度 (docs/domain.md#risk-profile). */
public enum InvestorAttitude {
    TRENDY, STEADY, CAREER, IMPULSIVE, EASYGOING
}
