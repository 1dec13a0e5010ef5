package dev.kehu.profiling.domain.client;

/** One stream per client holds its assessments, facet changes and surveys. */
public final class ClientStreams {

    private static final String PREFIX = "client-";

    private ClientStreams() {
    }

    public static String of(String clientId) {
        return PREFIX + clientId;
    }
}
