package dev.kehu.segmentation.domain.client;

/** Direction of a back-office trade; both count towards turnover. */
public enum Side {
    BUY, SELL
}
