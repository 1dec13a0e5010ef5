package dev.kehu.segmentation.domain.segment;

/** The service a client gets: 卓越服务 premium, 增值服务 value-added, 基础服务 basic. */
public enum ServiceTier {
    PREMIUM, VALUE_ADDED, BASIC
}
