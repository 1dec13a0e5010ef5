package dev.kehu.profiling.domain.needs;

/** How the client wants to be reminded or consulted (提醒方式, 咨询方式). */
public enum ContactChannel {
    PHONE, VISIT, WECHAT, SMS, EMAIL
}
