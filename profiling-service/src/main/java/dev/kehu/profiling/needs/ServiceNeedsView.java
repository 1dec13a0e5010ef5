package dev.kehu.profiling.needs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kehu.profiling.domain.client.ClientEvent.ServiceNeedsRecorded;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.needs.DecisionStyle;
import dev.kehu.profiling.domain.needs.EmotionalNeed;
import dev.kehu.profiling.domain.needs.InformationStyle;
import dev.kehu.profiling.domain.needs.Orientation;
import dev.kehu.profiling.domain.needs.Requirement;
import dev.kehu.profiling.domain.needs.RequirementLevel;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.Personality;

/**
 * A client's service needs as stored (docs/domain.md#service-needs), with the stream {@code version} (also the
 * ETag), the primary personality and investor attitude group they were recorded over, who recorded them and when.
 */
public record ServiceNeedsView(String clientId, long version, Instant asOf, List<EmotionalNeed> emotionalNeeds,
                               InformationStyle informationStyle, DecisionStyle decisionStyle, Horizon horizon,
                               Orientation orientation, List<ServiceNeeds.ReminderPreference> reminders,
                               ServiceNeeds.Consultation consultation,
                               Map<RequirementLevel, List<Requirement>> requirements, Personality personality,
                               Personality secondaryPersonality, InvestorAttitude investorAttitude,
                               InvestorAttitude secondaryInvestorAttitude, Instant recordedAt, RecordedBy recordedBy) {

    static ServiceNeedsView of(String clientId, long version, Instant asOf, ServiceNeedsRecorded e, RecordedBy by) {
        ServiceNeeds n = e.needs();
        return new ServiceNeedsView(clientId, version, asOf, n.emotionalNeeds(), n.informationStyle(),
                n.decisionStyle(), n.horizon(), n.orientation(), n.reminders(), n.consultation(), n.requirements(),
                e.personality(), n.secondaryPersonality(), e.investorAttitude(), n.secondaryInvestorAttitude(),
                e.recordedAt(), by);
    }
}
