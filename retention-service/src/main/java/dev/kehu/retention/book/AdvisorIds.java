package dev.kehu.retention.book;

import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.retention.domain.client.AdvisorId;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Whose book a request means (docs/contract.md#the-advisors-book): {@code me} is the caller's principal; an
 * advisor may name only itself, a manager or auditor anyone. An advisor id is what a token's subject may be
 * ({@link AdvisorId}).
 */
@RequestScoped
public class AdvisorIds {

    /** The word that stands for the caller. */
    public static final String ME = "me";

    @Inject
    SecurityIdentity identity;

    /** The advisor {@code given} names, checked: 400 when it is no advisor id, 403 for another advisor's. */
    public String readable(String field, String given) {
        String advisorId = resolve(field, given);
        boolean staffOverseer = identity.hasRole(Roles.MANAGER) || identity.hasRole(Roles.AUDITOR);
        if (!staffOverseer && !advisorId.equals(identity.getPrincipal().getName())) {
            throw new ProblemException(403, "Forbidden", "an advisor sees only its own book and next actions",
                    List.of(), Map.of());
        }
        return advisorId;
    }

    /** The advisor {@code given} names ({@code me}: the caller), or 400 naming {@code field}. */
    public String resolve(String field, String given) {
        if (given == null || given.isBlank()) {
            throw ProblemException.badRequest(field, "must name an advisor, or be " + ME);
        }
        if (ME.equals(given)) {
            return identity.getPrincipal().getName();
        }
        return checked(field, given);
    }

    /** {@code advisorId} if it can be an advisor's id, else 400 naming {@code field}. */
    public static String checked(String field, String advisorId) {
        if (!AdvisorId.isValid(advisorId)) {
            throw ProblemException.badRequest(field, AdvisorId.RULE);
        }
        return advisorId;
    }
}
