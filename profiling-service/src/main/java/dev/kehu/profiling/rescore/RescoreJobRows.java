package dev.kehu.profiling.rescore;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RescoreJobRows implements PanacheRepositoryBase<RescoreJobRow, UUID> {
}
