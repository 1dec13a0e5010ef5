package dev.kehu.profiling.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.profiling.domain.survey.Rating;
import dev.kehu.profiling.domain.survey.Servqual;

/** Checks a survey's ratings: every item rated, both numbers whole and on the scale, no unknown item. */
public final class RatingValidator {

    private RatingValidator() {
    }

    public record Result(Map<String, Rating> ratings, List<FieldError> errors) {
    }

    public static Result validate(Servqual servqual, Map<String, JsonNode> raw) {
        if (raw == null) {
            return new Result(null, List.of(new FieldError("ratings",
                    "required: an object of itemId → {expectation, perception}")));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Rating> ratings = new HashMap<>();
        for (Servqual.Item item : servqual.items()) {
            String field = "ratings." + item.id();
            JsonNode node = raw.get(item.id());
            if (node == null || !node.isObject()) {
                errors.add(new FieldError(field, "required: {expectation, perception}"));
                continue;
            }
            node.fieldNames().forEachRemaining(name -> {
                if (!name.equals("expectation") && !name.equals("perception")) {
                    errors.add(new FieldError(field + "." + name, "unknown field: an item has expectation and perception"));
                }
            });
            Integer expectation = score(servqual, node, field, "expectation", errors);
            Integer perception = score(servqual, node, field, "perception", errors);
            if (expectation != null && perception != null) {
                ratings.put(item.id(), new Rating(expectation, perception));
            }
        }
        raw.keySet().stream().filter(id -> servqual.item(id).isEmpty()).sorted()
                .forEach(id -> errors.add(new FieldError("ratings." + id,
                        "unknown item of survey " + servqual.version())));
        return errors.isEmpty() ? new Result(Map.copyOf(ratings), List.of()) : new Result(null, List.copyOf(errors));
    }

    private static Integer score(Servqual servqual, JsonNode item, String field, String name, List<FieldError> errors) {
        JsonNode n = item.get(name);
        int min = servqual.scale().min();
        int max = servqual.scale().max();
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            errors.add(new FieldError(field + "." + name, "must be a whole number from " + min + " to " + max));
            return null;
        }
        return n.intValue();
    }
}
