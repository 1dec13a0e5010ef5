package dev.kehu.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.kehu.console.api.Problem;
import dev.kehu.console.auth.CsrfToken;
import dev.kehu.console.i18n.Msg;

/**
 * A form sent back to its page: what was typed (kept, so nothing is lost), the message beside each refused
 * field in the page's language, and what the service answered when it refused the whole form (a 409, a
 * service that is down). The page renders every other form empty; {@link #none()} when nothing was sent.
 *
 * @param form     which form of the page, e.g. {@code contact}
 * @param given    what was typed, by field
 * @param errors   the message beside each refused field
 * @param refusal  the service's answer when it was not a field's fault (409, down, 403), else null
 */
public record FormState(String form, Map<String, String> given, Map<String, String> errors, Part<?> refusal) {

    public static FormState none() {
        return new FormState("", Map.of(), Map.of(), null);
    }

    /** The form's fields as typed (the first value of each; the CSRF token is not kept). */
    static FormState typed(String form, MultivaluedMap<String, String> fields) {
        Map<String, String> given = new HashMap<>();
        fields.forEach((k, v) -> {
            if (!v.isEmpty() && !CsrfToken.PARAMETER.equals(k)) {
                given.put(k, String.join(",", v));
            }
        });
        return new FormState(form, given, new HashMap<>(), null);
    }

    /** The same form with the service's refusal: its named fields beside them (in this language), else the answer. */
    FormState refusedBy(Part<?> answer, Msg m) {
        Map<String, String> errs = new HashMap<>(errors);
        if (answer.status() == 400 || answer.status() == 404) {
            List<Problem.FieldError> fields = answer.errors();
            for (Problem.FieldError e : fields) {
                String field = e.field() == null ? "" : e.field().replaceAll("[.\\[].*", "");
                errs.putIfAbsent(field, m.t("form.refused") + " (" + e.message() + ")");
            }
            if (fields.isEmpty()) {
                return new FormState(form, given, errs, answer);
            }
            return new FormState(form, given, errs, null);
        }
        return new FormState(form, given, errs, answer);
    }

    /** Adds a refused field (the console's own check, before any call). */
    FormState refuse(String field, String message) {
        errors.put(field, message);
        return this;
    }

    /** The status the form is sent back with: 409 for a conflict, 503 when the service did not answer, else 400. */
    int status() {
        return refusal != null && refusal.status() == 409 ? 409 : refusal != null && refusal.down() ? 503 : 400;
    }

    /** The page the form came from, rendered again with this state on it and answered with {@link #status()}. */
    Response sentBack(Function<FormState, ?> page) {
        return Response.status(status()).entity(page.apply(this)).build();
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || refusal != null;
    }

    /** What was typed in the field of this form, else the fallback (the form's default). */
    public String v(String form, String field, String fallback) {
        if (this.form.equals(form) && given.containsKey(field)) {
            return given.get(field);
        }
        return fallback == null ? "" : fallback;
    }

    /** Whether the field was typed with this value (a selected option, a ticked box); else whether it is the default. */
    public boolean is(String form, String field, String value, String fallback) {
        String typed = v(form, field, fallback);
        return value != null && List.of(typed.split(",")).contains(value);
    }

    /** The message beside a refused field of this form, else null. */
    public String error(String form, String field) {
        return this.form.equals(form) ? errors.get(field) : null;
    }

    /** The service's answer when it refused this form as a whole, else null. */
    public Part<?> refusalOf(String form) {
        return this.form.equals(form) ? refusal : null;
    }
}
