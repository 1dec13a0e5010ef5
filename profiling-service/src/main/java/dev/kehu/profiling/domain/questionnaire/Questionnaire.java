package dev.kehu.profiling.domain.questionnaire;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A published version of the risk questionnaire (docs/domain.md#bands): questions with their points, the band
 * cut-offs and the allocation grid. Pure data; {@link #check()} refuses an incoherent version at startup.
 */
public record Questionnaire(String version, Labels title, List<Question> questions, List<BandCutoff> bands,
                            AllocationGrid allocationGrid) {

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The band of a score: the last cut-off at or below it. */
    public Band band(int score) {
        Band found = null;
        for (BandCutoff cut : bands) {
            if (score >= cut.minScore()) {
                found = cut.band();
            }
        }
        if (found == null) {
            throw new IllegalStateException("score " + score + " is below every band of questionnaire " + version);
        }
        return found;
    }

    public Allocation allocation(Band attitude, Band capacity) {
        return allocationGrid.cell(attitude, capacity);
    }

    /** Fails with every problem of a version that could not score an assessment. */
    public Questionnaire check() {
        List<String> problems = new java.util.ArrayList<>();
        if (version == null || version.isBlank()) {
            problems.add("no version");
        }
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            if (!ids.add(q.id())) {
                problems.add("question " + q.id() + " appears twice");
            }
            if (q.type() == QuestionType.NUMBER && (q.min() == null || q.max() == null || q.scoring() == null)) {
                problems.add("number question " + q.id() + " needs min, max and scoring");
            }
            if (q.type() == QuestionType.CHOICE && q.options().isEmpty()) {
                problems.add("choice question " + q.id() + " has no options");
            }
        }
        Set<Band> banded = EnumSet.noneOf(Band.class);
        int previous = Integer.MIN_VALUE;
        for (BandCutoff cut : bands) {
            banded.add(cut.band());
            if (cut.minScore() <= previous) {
                problems.add("band cut-offs must rise: " + cut.band());
            }
            previous = cut.minScore();
        }
        if (!banded.equals(EnumSet.allOf(Band.class)) || bands.get(0).minScore() != 0) {
            problems.add("bands must cover every band from score 0");
        }
        for (Band attitude : Band.values()) {
            for (Band capacity : Band.values()) {
                var row = allocationGrid.cells().get(attitude);
                Allocation cell = row == null ? null : row.get(capacity);
                if (cell == null || cell.total() != 100) {
                    problems.add("allocation cell " + attitude + " × " + capacity + " missing or not 100%");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("risk questionnaire " + version + " is invalid: " + problems);
        }
        return this;
    }
}
