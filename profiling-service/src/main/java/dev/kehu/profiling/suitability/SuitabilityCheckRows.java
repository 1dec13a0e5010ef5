package dev.kehu.profiling.suitability;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SuitabilityCheckRows implements PanacheRepositoryBase<SuitabilityCheckRow, UUID> {
}
