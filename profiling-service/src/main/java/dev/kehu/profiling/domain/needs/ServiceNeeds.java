package dev.kehu.profiling.domain.needs;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.Personality;

/**
 * What a client needs, as an advisor recorded it (docs/domain.md#service-needs): the source's 客户特征与对应服务需求表
 * (emotional needs, reminders, consultation) and 客户需求分析表 (requirements by level, how the client takes in
 * information and decides, its horizon and orientation). A blended personality (the source's "C+M型") is the
 * primary personality facet plus {@code secondaryPersonality}; likewise the investor attitude group.
 * Absent single values are null, absent lists empty.
 */
public record ServiceNeeds(List<EmotionalNeed> emotionalNeeds, InformationStyle informationStyle,
                           DecisionStyle decisionStyle, Horizon horizon, Orientation orientation,
                           List<ReminderPreference> reminders, Consultation consultation,
                           Map<RequirementLevel, List<Requirement>> requirements, Personality secondaryPersonality,
                           InvestorAttitude secondaryInvestorAttitude) {

    public ServiceNeeds {
        emotionalNeeds = emotionalNeeds == null ? List.of() : List.copyOf(emotionalNeeds);
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
        requirements = levels(requirements);
    }

    /** How often the client wants which content, by which channel (提醒内容, 提醒方式, 提醒频率). */
    public record ReminderPreference(ReminderContent content, ContactChannel channel, Frequency frequency) {
    }

    /** What the client consults on, by which channel, with whom (咨询内容, 咨询方式, 咨询人); each part optional. */
    public record Consultation(List<String> topics, ContactChannel channel, String advisorId) {
        public Consultation {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    /** Every level present, in the order MUST, EXPECTED, DELIGHT, so equal needs are equal records. */
    static Map<RequirementLevel, List<Requirement>> levels(Map<RequirementLevel, List<Requirement>> given) {
        Map<RequirementLevel, List<Requirement>> all = new EnumMap<>(RequirementLevel.class);
        for (RequirementLevel level : RequirementLevel.values()) {
            List<Requirement> codes = given == null ? null : given.get(level);
            all.put(level, codes == null ? List.of() : List.copyOf(codes));
        }
        return Collections.unmodifiableMap(all);
    }
}
