package dev.kehu.segmentation.client.domain;

/** Direction of a back-office trade; both count towards turnover. */
public enum Side {
    BUY, SELL
}
