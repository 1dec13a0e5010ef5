package dev.kehu.console.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import dev.kehu.console.api.profiling.ServiceNeeds;

/**
 * What the service-needs form shows (docs/contract.md, profiling-service "Service needs"): what was typed when
 * it comes back refused, else the needs as recorded, else what the rule suggests, else nothing. Each requirement
 * is one radio group named by its code, so a code can stand in one level at most.
 *
 * @param levels    the level (MUST, EXPECTED, DELIGHT) of each requirement code that has one
 * @param reminders the reminder rows, with empty rows to add more (at most {@value #MAX_REMINDERS})
 * @param topics    the consultation's topics, one a line
 * @param secondaryPersonality the recorded one, kept as it was (the PUT replaces the needs as a whole; the
 *                  facets are another form's)
 */
public record NeedsForm(Map<String, String> levels, List<String> emotionalNeeds, String informationStyle,
        String decisionStyle, String horizon, String orientation, String consultationChannel, String topics,
        String consultationAdvisorId, List<ServiceNeeds.Reminder> reminders, String secondaryPersonality,
        String secondaryInvestorAttitude) {

    static final int MAX_REMINDERS = 5;
    static final int MAX_TOPICS = 10;
    static final int MAX_TOPIC = 200;

    /** The levels a requirement may stand in, a column of radios each. */
    public List<String> levelNames() {
        return ServiceNeeds.LEVELS;
    }

    /** The level of the code, or "" for none. */
    public String level(String code) {
        return levels.getOrDefault(code, "");
    }

    public boolean feels(String code) {
        return emotionalNeeds.contains(code);
    }

    static NeedsForm empty() {
        return new NeedsForm(Map.of(), List.of(), "", "", "", "", "", "", "", rows(List.of()), "", "");
    }

    static NeedsForm of(ServiceNeeds n) {
        ServiceNeeds.Consultation c = n.consultation();
        return new NeedsForm(levels(n.requirements()), n.emotionalNeeds(), text(n.informationStyle()),
                text(n.decisionStyle()), text(n.horizon()), text(n.orientation()), c == null ? "" : text(c.channel()),
                c == null ? "" : String.join("\n", c.topics()), c == null ? "" : text(c.advisorId()), rows(n.reminders()),
                text(n.secondaryPersonality()), text(n.secondaryInvestorAttitude()));
    }

    static NeedsForm of(ServiceNeeds.Suggested s) {
        return new NeedsForm(levels(s.requirements()), List.of(), text(s.informationStyle()), text(s.decisionStyle()),
                text(s.horizon()), text(s.orientation()), "", "", "", rows(List.of()), "", "");
    }

    /** The form as typed, read back from its fields ({@code requirementCodes}: the codes the form offered). */
    static NeedsForm typed(MultivaluedMap<String, String> f, List<String> requirementCodes) {
        Map<String, String> levels = new HashMap<>();
        for (String code : requirementCodes) {
            String level = f.getFirst(code);
            if (level != null && ServiceNeeds.LEVELS.contains(level)) {
                levels.put(code, level);
            }
        }
        List<String> contents = f.getOrDefault("reminderContent", List.of());
        List<String> channels = f.getOrDefault("reminderChannel", List.of());
        List<String> frequencies = f.getOrDefault("reminderFrequency", List.of());
        List<ServiceNeeds.Reminder> reminders = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_REMINDERS, contents.size()); i++) {
            String content = at(contents, i);
            String channel = at(channels, i);
            String frequency = at(frequencies, i);
            if (!content.isEmpty() || !channel.isEmpty() || !frequency.isEmpty()) {
                reminders.add(new ServiceNeeds.Reminder(content, channel, frequency));
            }
        }
        return new NeedsForm(levels, f.getOrDefault("emotionalNeeds", List.of()), first(f, "informationStyle"),
                first(f, "decisionStyle"), first(f, "horizon"), first(f, "orientation"), first(f, "consultationChannel"),
                first(f, "topics"), first(f, "consultationAdvisorId"), rows(reminders),
                first(f, "secondaryPersonality"), first(f, "secondaryInvestorAttitude"));
    }

    /** The form as it came back refused: {@link FormState} keeps each field's values joined by commas. */
    static NeedsForm typed(Map<String, String> given, List<String> requirementCodes) {
        MultivaluedMap<String, String> f = new MultivaluedHashMap<>();
        given.forEach((field, value) -> {
            if (SPLIT.contains(field)) {
                f.put(field, new ArrayList<>(Arrays.asList(value.split(",", -1))));
            } else {
                f.putSingle(field, value);
            }
        });
        return typed(f, requirementCodes);
    }

    /** The fields that come several times (codes, so never with a comma of their own). */
    private static final List<String> SPLIT = List.of("reminderContent", "reminderChannel", "reminderFrequency",
            "emotionalNeeds");

    /** The reminders given (a row with a part missing is the caller's to refuse). */
    List<ServiceNeeds.Reminder> givenReminders() {
        return reminders.stream().filter(r -> !r.content().isEmpty() || !r.channel().isEmpty() || !r.frequency().isEmpty())
                .toList();
    }

    List<String> topicList() {
        return Arrays.stream(topics.split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The body of the PUT: every part as the form holds it, blanks as absent. */
    ServiceNeeds.Request request() {
        Map<String, List<String>> requirements = new HashMap<>();
        for (String level : ServiceNeeds.LEVELS) {
            requirements.put(level, levels.entrySet().stream().filter(e -> e.getValue().equals(level))
                    .map(Map.Entry::getKey).sorted().toList());
        }
        List<String> topicList = topicList();
        ServiceNeeds.Consultation consultation = topicList.isEmpty() && consultationChannel.isEmpty() ? null
                : new ServiceNeeds.Consultation(topicList, blankToNull(consultationChannel), blankToNull(consultationAdvisorId));
        return new ServiceNeeds.Request(emotionalNeeds, blankToNull(informationStyle), blankToNull(decisionStyle),
                blankToNull(horizon), blankToNull(orientation), givenReminders(), consultation, requirements,
                blankToNull(secondaryPersonality), blankToNull(secondaryInvestorAttitude));
    }

    private static Map<String, String> levels(Map<String, List<String>> requirements) {
        Map<String, String> levels = new HashMap<>();
        requirements.forEach((level, codes) -> codes.forEach(code -> levels.put(code, level)));
        return levels;
    }

    /** The given rows and one empty row to add another (none past the maximum). */
    private static List<ServiceNeeds.Reminder> rows(List<ServiceNeeds.Reminder> given) {
        List<ServiceNeeds.Reminder> rows = new ArrayList<>();
        given.forEach(r -> rows.add(new ServiceNeeds.Reminder(text(r.content()), text(r.channel()), text(r.frequency()))));
        if (rows.size() < MAX_REMINDERS) {
            rows.add(new ServiceNeeds.Reminder("", "", ""));
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
    }

    private static String first(MultivaluedMap<String, String> f, String field) {
        String v = f.getFirst(field);
        return v == null ? "" : v;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
