package dev.kehu.console.api;

/** The services' {@code {"zh": …, "en": …}} object. */
public record Labels(String zh, String en) implements Bilingual {
}
