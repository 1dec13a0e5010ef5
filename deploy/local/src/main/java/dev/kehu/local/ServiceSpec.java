package dev.kehu.local;

import java.nio.file.Path;
import java.util.List;

/** One of the three services of SPEC §1: its module folder, HTTP port and database. */
record ServiceSpec(String name, int port, String database) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("profiling-service", 8081, "profiling"),
            new ServiceSpec("segmentation-service", 8082, "segmentation"),
            new ServiceSpec("retention-service", 8083, "retention"));

    Path jar(Path home) {
        return home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String url() {
        return "http://localhost:" + port;
    }
}
