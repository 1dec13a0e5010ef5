package dev.kehu.console.api;

/** The three services the console calls: the name its pages show, and its REST clients' configuration key. */
public enum Service {

    PROFILING("profiling-service"), SEGMENTATION("segmentation-service"), RETENTION("retention-service");

    public final String serviceName;

    Service(String serviceName) {
        this.serviceName = serviceName;
    }
}
