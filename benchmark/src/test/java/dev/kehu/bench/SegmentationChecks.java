package dev.kehu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.contract.SegmentChanged;
import dev.kehu.testsupport.DevTokens;
import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.PrometheusText;

/**
 * What the fault and two-instance tests check of a segmentation run: the feed consumed and the
 * outbox drained, each client's segment as the REST API answers it, and each client's chain of
 * segment-changed events.
 */
final class SegmentationChecks {

    static final String CHANGED = SegmentChanged.TOPIC;
    static final List<String> FEED = List.of(Feed.TRADES, Feed.BALANCES);
    static final String GROUP = "segmentation-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SegmentationChecks() {
    }

    /**
     * Waits for the feed to be consumed and the outbox to be drained, read from the service's
     * database: offsets are committed after the transaction that wrote the outbox rows, and a row is
     * deleted once the broker acknowledged it.
     */
    static void settle(Admin admin, Connection db) {
        Lag.awaitZero(admin, GROUP, FEED, Duration.ofMinutes(5));
        try {
            while (Replicas.count(db, "select count(*) from es_outbox") > 0) {
                Pause.millis(100);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every trade of the plan is recorded once: a lost or doubled trade moves a turnover, which
     * shows in a segment only when it crosses a threshold. Read from the service's database.
     */
    static void assertEveryTradeRecorded(Map<String, Long> planned, Connection db) {
        Map<String, Long> recorded = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select client_id, count(*) from client_trade group by client_id")) {
            while (rs.next()) {
                recorded.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> differences = new TreeMap<>();
        planned.forEach((client, n) -> {
            if (!n.equals(recorded.getOrDefault(client, 0L))) {
                differences.put(client, recorded.getOrDefault(client, 0L) + " of " + n);
            }
        });
        recorded.keySet().stream().filter(c -> !planned.containsKey(c)).forEach(c -> differences.put(c, "unplanned"));
        assertEquals(Map.of(), differences, "trades recorded per client, where they differ from the plan");
    }

    private static List<ConsumerRecord<String, String>> changes(String bootstrap) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            return kafka.readUntil(CHANGED, Duration.ofSeconds(2), all -> false);
        }
    }

    /** Client id to segment code, for the clients C0..C(clients-1) the service has classified. */
    static Map<String, String> segments(ServiceUnderTest segmentation, DevTokens tokens, int clients) {
        String token = tokens.token("fault-auditor", "auditor", null);
        Map<String, String> segments = new LinkedHashMap<>();
        for (int i = 0; i < clients; i++) {
            HttpResponse<String> r = HttpLoad.send(HttpLoad.get(segmentation.url("/api/v1/clients/C" + i + "/segment"), token));
            if (r.statusCode() == 200) {
                try {
                    segments.put("C" + i, JSON.readTree(r.body()).get("segment").asText());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return segments;
    }

    /**
     * Each client's segment-changed events, copies of one id counted once, form one chain: every
     * change starts where the previous one ended. A change decided twice would break it.
     *
     * @return how many records there were and how many distinct changes
     */
    static int[] assertChainsHold(String bootstrap) {
        Map<String, List<SegmentChanged>> byClient = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<ConsumerRecord<String, String>> records = changes(bootstrap);
        for (ConsumerRecord<String, String> r : records) {
            if (ids.add(KafkaTestClient.header(r, "ce_id"))) {
                byClient.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(SegmentChanges.decode(r));
            }
        }
        byClient.forEach((client, chain) -> {
            String previous = null;
            for (SegmentChanged change : chain) {
                assertEquals(previous, change.previousSegment(), client + " chain broken: " + chain);
                previous = change.segment();
            }
        });
        return new int[] {records.size(), ids.size()};
    }

    /** The segment-changed messages this instance's outbox relay has published since it started. */
    static double published(ServiceUnderTest segmentation) {
        return PrometheusText.scrape(URI.create(segmentation.url("/q/metrics")))
                .value("kehu_events_published_total", "topic", CHANGED);
    }
}
