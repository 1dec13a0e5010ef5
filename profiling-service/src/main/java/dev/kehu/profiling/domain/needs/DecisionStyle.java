package dev.kehu.profiling.domain.needs;

/** Who decides: the client alone (自行决定), with the spouse (与配偶商量), or the client delegates. */
public enum DecisionStyle {
    SELF, WITH_SPOUSE, DELEGATES
}
