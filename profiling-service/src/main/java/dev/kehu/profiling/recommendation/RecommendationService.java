package dev.kehu.profiling.recommendation;

import java.time.Instant;
import java.util.List;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.config.ClientIds;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.profile.Facets;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.Labels;
import dev.kehu.profiling.domain.questionnaire.RiskCategories;
import dev.kehu.profiling.domain.recommendation.BucketMap;
import dev.kehu.profiling.domain.recommendation.Offer;
import dev.kehu.profiling.domain.recommendation.Recommender;
import dev.kehu.profiling.product.ProductService;
import dev.kehu.profiling.questionnaire.RiskQuestionnaires;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** docs/domain.md#recommendations 推荐服务: the client's allocation, bucket by bucket, in products it may buy. */
@ApplicationScoped
public class RecommendationService {

    /** More products on sale than a branch lists; those beyond are not considered (docs/domain.md#recommendations). */
    static final int MAX_PRODUCTS_CONSIDERED = 1000;

    @Inject
    ClientProfiles profiles;

    @Inject
    ProductService products;

    @Inject
    Facets facets;

    @Inject
    BucketMap buckets;

    @Inject
    RiskQuestionnaires questionnaires;

    @Inject
    WallClock clock;

    @Transactional
    public RecommendationView recommend(String clientId) {
        ClientIds.require(clientId);
        ClientProfile p = profiles.current(clientId)
                .orElseThrow(() -> ProblemException.notFound("no client " + clientId));
        Labels focus = p.household() == null ? null
                : facets.phase(p.household().lifePhase()).financialFocus();
        Horizon horizon = p.serviceNeeds() == null ? null : p.serviceNeeds().needs().horizon();
        RiskAssessed a = p.latestAssessment();
        Instant now = clock.now();
        if (a == null || a.validUntil() == null || !a.validUntil().isAfter(now)) {
            return new RecommendationView(clientId, RecommendationView.NO_VALID_ASSESSMENT, null, false, null,
                    List.of(), 0, focus, horizon, a == null ? null : a.assessmentId(),
                    a == null ? null : a.validUntil(), buckets.version());
        }
        // an assessment stored before categories existed is categorised with the mapping in force
        RiskCategories.Categorized category = a.riskCategory() != null
                ? new RiskCategories.Categorized(a.riskCategory(), a.lowestCategory())
                : questionnaires.categories().categorize(a.capacity().band(), a.attitude().band(), a.answers());
        RiskLevel highest = category.lowest() ? RiskLevel.R1 : RiskLevel.values()[category.category().rank() - 1];
        List<Offer> onSale = products.onSaleUpTo(highest, MAX_PRODUCTS_CONSIDERED).entrySet().stream()
                .map(e -> new Offer(e.getKey(), e.getValue().name(), e.getValue().riskLevel(), e.getValue().horizon()))
                .toList();
        Recommender.Result result = Recommender.recommend(buckets, category.category(), category.lowest(),
                a.allocation(), onSale, horizon);
        List<RecommendationView.BucketView> views = result.buckets().stream()
                .map(b -> new RecommendationView.BucketView(b.bucket(), buckets.levels(b.bucket()), b.targetPercent(),
                        b.allowedPercent(), b.blockedPercent(), b.blockedReason(),
                        b.blockedReason() == null ? null : buckets.reasons().get(b.blockedReason()),
                        b.products().stream().map(o -> new RecommendationView.ProductItem(o.productCode(), o.name(),
                                o.riskLevel(), o.horizon())).toList()))
                .toList();
        return new RecommendationView(clientId, RecommendationView.OK, category.category(), category.lowest(),
                a.allocation(), views, result.unplacedPercent(), focus, horizon, a.assessmentId(), a.validUntil(),
                buckets.version());
    }
}
