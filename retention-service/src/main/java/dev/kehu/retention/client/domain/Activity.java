package dev.kehu.retention.client.domain;

/** Trading activity class published by the segmentation service. */
public enum Activity {
    STATIC, STABLE, SHORT_TERM
}
