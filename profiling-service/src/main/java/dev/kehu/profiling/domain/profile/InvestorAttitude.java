package dev.kehu.profiling.domain.profile;

/** Investor attitude group 投资理财态度 (SPEC §2). */
public enum InvestorAttitude {
    TRENDY, STEADY, CAREER, IMPULSIVE, EASYGOING
}
