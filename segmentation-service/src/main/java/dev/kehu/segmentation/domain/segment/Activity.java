package dev.kehu.segmentation.domain.segment;

/** Trading activity by turnover (资金周转率): 静止 STATIC, 稳定 STABLE, 短线 SHORT_TERM (docs/domain.md#segmentation). */
public enum Activity {
    SHORT_TERM, STABLE, STATIC
}
