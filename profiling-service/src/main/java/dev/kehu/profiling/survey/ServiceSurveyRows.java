package dev.kehu.profiling.survey;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ServiceSurveyRows implements PanacheRepositoryBase<ServiceSurveyRow, UUID> {
}
