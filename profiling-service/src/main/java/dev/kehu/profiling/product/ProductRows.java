package dev.kehu.profiling.product;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProductRows implements PanacheRepositoryBase<ProductRow, String> {
}
