package dev.kehu.profiling.domain.needs;

/** Whether the client seeks information itself (主动获取信息) or waits to be given it (被动获取信息). */
public enum InformationStyle {
    ACTIVE, PASSIVE
}
