package dev.kehu.profiling.needs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.profiling.config.Codes;
import dev.kehu.profiling.domain.needs.ContactChannel;
import dev.kehu.profiling.domain.needs.DecisionStyle;
import dev.kehu.profiling.domain.needs.EmotionalNeed;
import dev.kehu.profiling.domain.needs.Frequency;
import dev.kehu.profiling.domain.needs.InformationStyle;
import dev.kehu.profiling.domain.needs.Orientation;
import dev.kehu.profiling.domain.needs.ReminderContent;
import dev.kehu.profiling.domain.needs.Requirement;
import dev.kehu.profiling.domain.needs.RequirementLevel;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.needs.NeedsRequest.ConsultationRequest;
import dev.kehu.profiling.needs.NeedsRequest.ReminderRequest;

/**
 * Turns a needs body into {@link ServiceNeeds}, naming every bad field at once (docs/domain.md#service-needs):
 * known codes, no code twice in a list, no requirement in two levels, bounded sizes.
 */
final class NeedsValidation {

    /** One reminder per content and channel; 7 contents × 5 channels is the most there can be. */
    static final int MAX_REMINDERS = 35;
    static final int MAX_TOPICS = 10;
    static final int MAX_TOPIC_LENGTH = 200;
    /** An advisor's id as retention's book takes it (docs/contract.md#the-advisors-book): a token subject. */
    static final String ADVISOR_ID = "[A-Za-z0-9._@:-]{1,100}";

    private NeedsValidation() {
    }

    static ServiceNeeds needs(NeedsRequest r) {
        if (r == null) {
            throw ProblemException.badRequest("body", "required: the client's needs");
        }
        List<FieldError> errors = new ArrayList<>();
        List<EmotionalNeed> emotional = codes(EmotionalNeed.class, "emotionalNeeds", r.emotionalNeeds(), errors);
        InformationStyle info = optional(InformationStyle.class, "informationStyle", r.informationStyle(), errors);
        DecisionStyle decision = optional(DecisionStyle.class, "decisionStyle", r.decisionStyle(), errors);
        Horizon horizon = optional(Horizon.class, "horizon", r.horizon(), errors);
        Orientation orientation = optional(Orientation.class, "orientation", r.orientation(), errors);
        List<ServiceNeeds.ReminderPreference> reminders = reminders(r.reminders(), errors);
        ServiceNeeds.Consultation consultation = consultation(r.consultation(), errors);
        Map<RequirementLevel, List<Requirement>> requirements = requirements(r.requirements(), errors);
        Personality secondary = optional(Personality.class, "secondaryPersonality", r.secondaryPersonality(), errors);
        InvestorAttitude secondaryGroup = optional(InvestorAttitude.class, "secondaryInvestorAttitude",
                r.secondaryInvestorAttitude(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new ServiceNeeds(emotional, info, decision, horizon, orientation, reminders, consultation,
                requirements, secondary, secondaryGroup);
    }

    private static List<ServiceNeeds.ReminderPreference> reminders(List<ReminderRequest> given,
                                                                  List<FieldError> errors) {
        List<ServiceNeeds.ReminderPreference> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        if (given.size() > MAX_REMINDERS) {
            errors.add(new FieldError("reminders", "at most " + MAX_REMINDERS + " preferences"));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "reminders[" + i + "]";
            ReminderRequest p = given.get(i);
            if (p == null) {
                errors.add(new FieldError(at, "required: {content, channel, frequency}"));
                continue;
            }
            int before = errors.size();
            ReminderContent content = Codes.code(ReminderContent.class, at + ".content", p.content(), errors);
            ContactChannel channel = Codes.code(ContactChannel.class, at + ".channel", p.channel(), errors);
            Frequency frequency = Codes.code(Frequency.class, at + ".frequency", p.frequency(), errors);
            if (errors.size() > before) {
                continue;
            }
            if (!seen.add(content + "/" + channel)) {
                errors.add(new FieldError(at, "a second preference for " + content + " by " + channel));
                continue;
            }
            out.add(new ServiceNeeds.ReminderPreference(content, channel, frequency));
        }
        return out;
    }

    private static ServiceNeeds.Consultation consultation(ConsultationRequest c, List<FieldError> errors) {
        if (c == null) {
            return null;
        }
        List<String> topics = c.topics() == null ? List.of() : c.topics();
        if (topics.size() > MAX_TOPICS) {
            errors.add(new FieldError("consultation.topics", "at most " + MAX_TOPICS + " topics"));
        } else {
            for (int i = 0; i < topics.size(); i++) {
                String t = topics.get(i);
                if (t == null || t.isBlank() || t.length() > MAX_TOPIC_LENGTH
                        || t.chars().anyMatch(Character::isISOControl)) {
                    errors.add(new FieldError("consultation.topics[" + i + "]", "1–" + MAX_TOPIC_LENGTH
                            + " characters, not blank, no control characters"));
                }
            }
        }
        ContactChannel channel = optional(ContactChannel.class, "consultation.channel", c.channel(), errors);
        if (c.advisorId() != null && !c.advisorId().matches(ADVISOR_ID)) {
            errors.add(new FieldError("consultation.advisorId", "must match " + ADVISOR_ID));
        }
        return new ServiceNeeds.Consultation(topics, channel, c.advisorId());
    }

    /** Levels MUST, EXPECTED, DELIGHT only; a requirement in one level at most (a second level is a 400 naming it). */
    private static Map<RequirementLevel, List<Requirement>> requirements(Map<String, List<String>> given,
                                                                        List<FieldError> errors) {
        Map<RequirementLevel, List<Requirement>> out = new EnumMap<>(RequirementLevel.class);
        if (given == null) {
            return out;
        }
        Map<Requirement, RequirementLevel> placed = new EnumMap<>(Requirement.class);
        for (RequirementLevel level : RequirementLevel.values()) {
            String field = "requirements." + level;
            List<Requirement> codes = codes(Requirement.class, field, given.get(level.name()), errors);
            for (Requirement code : codes) {
                RequirementLevel other = placed.putIfAbsent(code, level);
                if (other != null) {
                    errors.add(new FieldError(field, code + " is already " + other + ": a requirement has one level"));
                }
            }
            out.put(level, codes);
        }
        for (String key : given.keySet()) {
            if (Arrays.stream(RequirementLevel.values()).noneMatch(l -> l.name().equals(key))) {
                errors.add(new FieldError("requirements." + key, "not a level: the levels are MUST, EXPECTED, DELIGHT"));
            }
        }
        return out;
    }

    /** A list of codes: each known, none twice, at most one of each constant. */
    private static <E extends Enum<E>> List<E> codes(Class<E> type, String field, List<String> given,
                                                      List<FieldError> errors) {
        List<E> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        if (given.size() > type.getEnumConstants().length) {
            errors.add(new FieldError(field, "at most " + type.getEnumConstants().length + " codes, each once"));
            return out;
        }
        Set<E> seen = EnumSet.noneOf(type);
        for (int i = 0; i < given.size(); i++) {
            E code = Codes.code(type, field + "[" + i + "]", given.get(i), errors);
            if (code != null && !seen.add(code)) {
                errors.add(new FieldError(field + "[" + i + "]", code + " is listed twice"));
            } else if (code != null) {
                out.add(code);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E optional(Class<E> type, String field, String raw, List<FieldError> errors) {
        return raw == null ? null : Codes.code(type, field, raw, errors);
    }
}
