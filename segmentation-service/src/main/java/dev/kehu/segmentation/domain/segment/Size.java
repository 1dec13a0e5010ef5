package dev.kehu.segmentation.domain.segment;

/** Account size by trailing-30-day average assets (docs/domain.md#segmentation). */
public enum Size {
    LARGE, MEDIUM, SMALL
}
