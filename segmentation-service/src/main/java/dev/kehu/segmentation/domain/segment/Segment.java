package dev.kehu.segmentation.domain.segment;

/** The nine segments {@code <SIZE>_<ACTIVITY>}, each with its priority (docs/domain.md#segments, contract codes). */
public enum Segment {
    LARGE_SHORT_TERM(Size.LARGE, Activity.SHORT_TERM, Priority.KEY),
    LARGE_STABLE(Size.LARGE, Activity.STABLE, Priority.IMPORTANT),
    LARGE_STATIC(Size.LARGE, Activity.STATIC, Priority.IMPORTANT),
    MEDIUM_SHORT_TERM(Size.MEDIUM, Activity.SHORT_TERM, Priority.IMPORTANT),
    MEDIUM_STABLE(Size.MEDIUM, Activity.STABLE, Priority.IMPORTANT),
    MEDIUM_STATIC(Size.MEDIUM, Activity.STATIC, Priority.STANDARD),
    SMALL_SHORT_TERM(Size.SMALL, Activity.SHORT_TERM, Priority.STANDARD),
    SMALL_STABLE(Size.SMALL, Activity.STABLE, Priority.STANDARD),
    SMALL_STATIC(Size.SMALL, Activity.STATIC, Priority.STANDARD);

    private final Size size;
    private final Activity activity;
    private final Priority priority;

    Segment(Size size, Activity activity, Priority priority) {
        this.size = size;
        this.activity = activity;
        this.priority = priority;
    }

    public static Segment of(Size size, Activity activity) {
        return valueOf(size.name() + "_" + activity.name());
    }

    public Size size() {
        return size;
    }

    public Activity activity() {
        return activity;
    }

    public Priority priority() {
        return priority;
    }
}
