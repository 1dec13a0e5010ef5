package dev.kehu.console.api.retention;

import java.util.List;

/** The body of {@code POST /reactivation-campaigns} (docs/contract.md, reactivation campaigns). */
public record CampaignRequest(String name, List<String> segments, String startsOn, String endsOn, String offer) {
}
