package dev.kehu.testsupport.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KehuInfra;
import dev.kehu.testsupport.audit.EventContractAudit.Report;

/**
 * Issue 12, per service: everything the service published while its module's tests ran, and everything it
 * consumed, held against docs/schemas. Extend it with a plain (not {@code @QuarkusTest}) class: Quarkus'
 * class orderer runs those after every {@code @QuarkusTest} of the module, on the same broker.
 */
public abstract class AuditsEventContract {

    private final List<String> published;
    private final Set<String> publishedTypes;
    private final List<String> consumed;
    private final List<EventContractAudit> audits = new ArrayList<>();

    protected AuditsEventContract(List<String> published, Set<String> publishedTypes, List<String> consumed) {
        this.published = published;
        this.publishedTypes = publishedTypes;
        this.consumed = consumed;
    }

    /** Every broker the module's tests ran on (each Quarkus test profile starts its own). */
    @BeforeEach
    void connect() {
        List<String> brokers = KehuInfra.startedKafkas();
        assumeTrue(!brokers.isEmpty(), "no broker: run with the module's other tests");
        brokers.forEach(b -> audits.add(new EventContractAudit(b)));
    }

    @AfterEach
    void close() {
        audits.forEach(EventContractAudit::close);
    }

    @Test
    void everyEventPublishedConformsToItsSchemaAndEveryTypeWasPublished() {
        Report report = Report.merge(audits.stream().map(a -> a.published(published)).toList());
        System.out.println("published, checked against docs/schemas: " + report.checked());
        assertEquals(List.of(), report.failures());
        assertEquals(publishedTypes, report.checked().keySet(), "types published in the tests: " + report.checked());
    }

    @Test
    void whatWasAcceptedConformsAndWhatWasDeadLetteredDoesNot() {
        assumeTrue(!consumed.isEmpty(), "the service consumes nothing");
        Report report = Report.merge(audits.stream().map(a -> a.consumed(consumed)).toList());
        System.out.println("consumed, checked against docs/schemas: " + report.checked());
        assertEquals(List.of(), report.failures());
        for (String topic : consumed) {
            assertTrue(report.checked().getOrDefault(topic + " accepted, conforms", 0) > 0, topic + ": " + report);
        }
        assertTrue(report.checked().keySet().stream().anyMatch(k -> k.endsWith("dead-lettered, violates its schema")),
                "the tests' bad messages were judged: " + report);
    }
}
