package dev.kehu.profiling.product;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProductChangeRows implements PanacheRepositoryBase<ProductChangeRow, UUID> {
}
