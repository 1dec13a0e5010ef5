package dev.kehu.eventstore.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role table, row by row: which roles the first matching rule lets through. */
class AccessRuleTest {

    @ParameterizedTest(name = "{0} {1} -> {2} (client path id {3})")
    @CsvSource({
            "GET,  /api/v1/questionnaires/risk,                       advisor|manager|auditor|client, ",
            "GET,  /api/v1/clients/C1/risk-assessments,               advisor|manager|auditor|client, C1",
            "GET,  /api/v1/clients/C1/risk-assessments/a-1,           advisor|manager|auditor|client, C1",
            "POST, /api/v1/clients/C1/risk-assessments,               advisor|manager|client,         C1",
            "POST, /api/v1/clients/C1/service-surveys,                advisor|manager|client,         C1",
            "GET,  /api/v1/clients/C1/profile,                        advisor|manager|auditor,        ",
            "PUT,  /api/v1/clients/C1/household,                      advisor|manager,                ",
            "GET,  /api/v1/retention/stats,                           manager|auditor,                ",
            "POST, /api/v1/retention-tasks/t-1/assign,                manager,                        ",
            "POST, /api/v1/retention-tasks/t-1/comprehension,         advisor|manager,                ",
            "POST, /api/v1/admin/projections/x/rebuild,               manager,                        ",
            "GET,  /api/v1/admin/projections,                         manager|auditor,                "})
    void theFirstMatchingRuleDecides(String method, String path, String roles, String clientId) {
        AccessRule rule = AccessPolicy.RULES.stream().filter(r -> r.matches(method, path)).findFirst().orElseThrow();
        assertEquals(Set.of(roles.split("\\|")), rule.roles());
        assertEquals(clientId, rule.namesAClient() ? rule.pathClientId(path) : null);
    }
}
