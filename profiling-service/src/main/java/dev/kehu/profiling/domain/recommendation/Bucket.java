package dev.kehu.profiling.domain.recommendation;

/** The allocation grid's three shares (low / medium / high-risk products), docs/domain.md#bucket-map. */
public enum Bucket {
    LOW, MEDIUM, HIGH
}
