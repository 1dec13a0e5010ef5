package dev.kehu.retention.domain.client;

/** Trading activity class published by the segmentation service. */
public enum Activity {
    STATIC, STABLE, SHORT_TERM
}
