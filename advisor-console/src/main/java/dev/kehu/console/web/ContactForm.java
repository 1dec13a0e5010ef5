package dev.kehu.console.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.kehu.console.codes.CodeList;

/**
 * The contact form as the client's page and a task's page show it ({@code contactform.html}): the client, the task it
 * is logged from (null on the client's page) and the page it goes back to, its defaults, and the codes its pickers offer.
 */
public record ContactForm(String clientId, String taskId, String back, String purposeDefault, String channelDefault,
        String nowLocal, Part<List<String>> channels, Part<List<String>> directions, Part<List<String>> purposes,
        Part<List<String>> reminderContents) {

    /** The form's code lists, asked for together at once (beside the page's other calls); {@link #form} waits for them. */
    record Codes(CompletableFuture<Part<List<String>>> channels, CompletableFuture<Part<List<String>>> directions,
            CompletableFuture<Part<List<String>>> purposes, CompletableFuture<Part<List<String>>> reminderContents) {

        static Codes ask(Pages pages) {
            return new Codes(pages.codes(CodeList.CONTACT_CHANNEL), pages.codes(CodeList.DIRECTION),
                    pages.codes(CodeList.PURPOSE), pages.codes(CodeList.REMINDER_CONTENT));
        }

        /** The form; {@code preferredChannel} the client's (its service needs), null when it has none. */
        ContactForm form(String clientId, String taskId, String back, String purposeDefault, String preferredChannel) {
            return new ContactForm(clientId, taskId, back, purposeDefault, preferredChannel == null ? "" : preferredChannel,
                    ClientForms.localNow(), channels.join(), directions.join(), purposes.join(), reminderContents.join());
        }
    }
}
