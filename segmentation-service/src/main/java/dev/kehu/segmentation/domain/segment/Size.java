package dev.kehu.segmentation.domain.segment;

/** Account size by trailing-30-day average assets (SPEC §3). */
public enum Size {
    LARGE, MEDIUM, SMALL
}
