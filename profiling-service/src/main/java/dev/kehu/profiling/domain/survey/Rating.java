package dev.kehu.profiling.domain.survey;

/** One item's answer: how important the client expects it to be, and how well it was delivered. */
public record Rating(int expectation, int perception) {

    public int gap() {
        return perception - expectation;
    }
}
