package dev.kehu.profiling.domain.suitability;

/** Through which channel the client saw the warning and confirmed it. */
public enum Channel {
    IN_PERSON, ONLINE, RECORDED_CALL
}
