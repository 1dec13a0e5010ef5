package dev.kehu.retention.domain.client;

/** Account size class published by the segmentation service, largest first. */
public enum Size {
    LARGE, MEDIUM, SMALL;

    public boolean isSmallerThan(Size other) {
        return compareTo(other) > 0;
    }
}
