package dev.kehu.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

/** Several instances of one service in one consumer group, as {@code ./kehu up --replicas} runs them. */
final class Replicas {

    /** Every topic has this many partitions in the two-instance tests: each instance gets three. */
    static final int PARTITIONS = 6;

    private Replicas() {
    }

    /**
     * Starts instance {@code instance} of a service (its log in target/faults-logs/&lt;instance&gt;,
     * its database sessions named after it) and waits until it is ready. A killed member leaves the
     * consumer group after 10 s instead of the default 45 s: the takeover is the same, only sooner.
     */
    static ServiceUnderTest start(FaultRig rig, String service, String instance, List<String> channels,
                                  List<String> properties) {
        return start(rig, service, List.of(instance), channels, properties).get(0);
    }

    /** Starts several instances side by side, then waits until each is ready. */
    static List<ServiceUnderTest> start(FaultRig rig, String service, List<String> instances, List<String> channels,
                                        List<String> properties) {
        List<String> all = new java.util.ArrayList<>(properties);
        channels.forEach(ch -> all.add("-Dmp.messaging.incoming." + ch + ".session.timeout.ms=10000"));
        List<ServiceUnderTest> started = new java.util.ArrayList<>();
        for (String instance : instances) {
            started.add(ServiceUnderTest.launch(service, rig.target(instance), dev.kehu.testsupport.FreePorts.find(),
                    rig.logs().resolve(instance), all));
        }
        try {
            started.forEach(s -> s.awaitReady(Duration.ofSeconds(180)));
        } catch (RuntimeException e) {
            started.forEach(ServiceUnderTest::close);
            throw e;
        }
        return started;
    }

    /** The instances a test runs, stopped together at its end (a killed one is simply gone). */
    record Running(List<ServiceUnderTest> all) implements AutoCloseable {
        static Running of(List<ServiceUnderTest> started) {
            return new Running(new java.util.ArrayList<>(started));
        }

        ServiceUnderTest get(int i) {
            return all.get(i);
        }

        @Override
        public void close() {
            all.forEach(ServiceUnderTest::close);
        }
    }

    /** Member (consumer client host and id) to the partitions it holds, of one consumer group. */
    static Map<String, Set<String>> assignment(Admin admin, String group) {
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            Map<String, Set<String>> members = new TreeMap<>();
            for (MemberDescription m : d.members()) {
                Set<String> partitions = new TreeSet<>();
                m.assignment().topicPartitions().forEach(tp -> partitions.add(tp.toString()));
                members.put(m.consumerId(), partitions);
            }
            return members;
        } catch (Exception e) {
            throw new IllegalStateException("could not describe consumer group " + group, e);
        }
    }

    /** Waits until the group's assignment satisfies {@code done}; returns it. */
    static Map<String, Set<String>> awaitAssignment(Admin admin, String group, Predicate<Map<String, Set<String>>> done,
                                                    Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Set<String>> now = assignment(admin, group);
        while (!done.test(now)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("consumer group " + group + " did not settle within " + timeout + ": " + now);
            }
            Pause.millis(250);
            now = assignment(admin, group);
        }
        return now;
    }

    /** The partitions of the topics, as {@code topic-n}. */
    static Set<String> partitions(List<String> topics) {
        Set<String> all = new TreeSet<>();
        for (String t : topics) {
            for (int p = 0; p < PARTITIONS; p++) {
                all.add(t + "-" + p);
            }
        }
        return all;
    }

    /** Every member's partitions together, when no partition is held twice; null otherwise. */
    static Set<String> union(Map<String, Set<String>> assignment) {
        Set<String> all = new TreeSet<>();
        for (Set<String> held : assignment.values()) {
            for (String p : held) {
                if (!all.add(p)) {
                    return null;
                }
            }
        }
        return all;
    }

    /** The number a {@code select count(*)} answers. */
    static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
