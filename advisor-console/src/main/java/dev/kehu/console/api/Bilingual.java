package dev.kehu.console.api;

/** A text a service sends in both languages the console speaks ({@code i18n.Msg.pick} picks one). */
public interface Bilingual {

    String zh();

    String en();
}
