package dev.kehu.profiling.domain.needs;

/** The client's investment orientation (投资取向), e.g. VALUE for 价值投资取向. */
public enum Orientation {
    VALUE, GROWTH, TRADING, INCOME
}
