package dev.kehu.profiling.domain.questionnaire;

import java.util.Map;

/** The 5×5 allocation grid: rows are the attitude band, columns the capacity band. */
public record AllocationGrid(String rows, String columns, Map<Band, Map<Band, Allocation>> cells) {

    public Allocation cell(Band attitude, Band capacity) {
        Map<Band, Allocation> row = cells.get(attitude);
        Allocation cell = row == null ? null : row.get(capacity);
        if (cell == null) {
            throw new IllegalStateException("allocation grid has no cell " + attitude + " × " + capacity);
        }
        return cell;
    }
}
