package dev.kehu.testsupport;

import java.util.Arrays;
import java.util.List;

/**
 * The JVM options a test gives the service jars it launches: the build's {@code kehu.test.jvm}
 * (the root pom sets it for every test JVM). A service a test starts lives for seconds, so it runs
 * on the quick compiler only; a benchmark or {@code ./kehu up} never sets the property.
 */
public final class TestJvm {

    private TestJvm() {
    }

    public static List<String> options() {
        String opts = System.getProperty("kehu.test.jvm", "").trim();
        return opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
    }
}
