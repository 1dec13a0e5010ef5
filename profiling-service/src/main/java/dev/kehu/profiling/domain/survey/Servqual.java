package dev.kehu.profiling.domain.survey;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kehu.profiling.domain.questionnaire.Labels;

/** A published SERVQUAL item set: the 22 standard items, their dimension, the rating scale. */
public record Servqual(String version, Scale scale, List<DimensionInfo> dimensions, List<Item> items) {

    public record Scale(int min, int max, Labels expectationLabels, Labels perceptionLabels) {
    }

    public record DimensionInfo(Dimension dimension, Labels labels) {
    }

    public record Item(String id, Dimension dimension, Labels labels) {
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Servqual check() {
        Set<String> ids = new HashSet<>();
        Set<Dimension> covered = EnumSet.noneOf(Dimension.class);
        for (Item item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalStateException("servqual " + version + ": item " + item.id() + " appears twice");
            }
            covered.add(item.dimension());
        }
        if (!covered.equals(EnumSet.allOf(Dimension.class)) || scale.min() >= scale.max()) {
            throw new IllegalStateException("servqual " + version + ": every dimension needs items and a scale");
        }
        return this;
    }
}
