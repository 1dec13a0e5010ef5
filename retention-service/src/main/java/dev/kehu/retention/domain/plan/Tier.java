package dev.kehu.retention.domain.plan;

/** The service tier a client is served at (docs/domain.md#service-plans), from its segment priority: 卓越 / 增值 / 基础服务. */
public enum Tier {
    PREMIUM, VALUE_ADDED, BASIC
}
