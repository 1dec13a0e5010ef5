package dev.kehu.profiling.domain.profile;

/** Social background 社会背景 (docs/domain.md#risk-profile). */
public enum SocialBackground {
    SALARIED_EXECUTIVE, SELF_MADE_INVESTOR, BUSINESS_OWNER, PROFESSIONAL, INHERITED_WEALTH
}
