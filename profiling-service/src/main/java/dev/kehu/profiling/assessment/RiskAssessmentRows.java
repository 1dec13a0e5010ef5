package dev.kehu.profiling.assessment;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RiskAssessmentRows implements PanacheRepositoryBase<RiskAssessmentRow, UUID> {
}
