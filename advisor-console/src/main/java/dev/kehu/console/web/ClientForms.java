package dev.kehu.console.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.kehu.console.api.Labels;
import dev.kehu.console.api.profiling.FacetRequests;
import dev.kehu.console.api.profiling.SuitabilityCheck;
import dev.kehu.console.api.retention.BookEntry;
import dev.kehu.console.api.retention.ContactRequest;
import dev.kehu.console.i18n.Fmt;
import dev.kehu.console.i18n.Msg;

/**
 * The client page's forms (docs/contract.md, "advisor-console"): each checks what it can, sends it to the
 * service that owns it with the signed-in person's token and answers 303 back to the page it came from; a
 * refused field, a 409 or a service that is down sends the page again with what was typed and why.
 */
@RequestScoped
public class ClientForms {

    static final Pattern PRODUCT_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    static final Pattern CHECK_ID = TaskResource.TASK_ID;
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** A browser's clock a little ahead of the console's is not a contact in the future. */
    static final Duration SKEW = Duration.ofMinutes(5);
    static final int MAX_TEXT = 2000;

    @Inject
    Pages pages;

    @Inject
    ClientResource clientPage;

    @Inject
    TaskResource taskPage;

    /** Now in the branch's zone, as a {@code datetime-local} input shows it (the contact form's default). */
    static String localNow() {
        return LOCAL.format(LocalDateTime.ofInstant(Instant.now(), Fmt.ZONE));
    }

    Object contact(String clientId, MultivaluedMap<String, String> fields) {
        Msg m = pages.msg();
        FormState f = FormState.typed("contact", fields);
        String back = back(clientId, fields.getFirst("back"));
        required(f, m, "channel", "direction", "purpose");
        Instant at = Instant.now();
        String occurred = blankToNull(fields.getFirst("occurredAt"));
        if (occurred != null) {
            try {
                at = LocalDateTime.parse(occurred, LOCAL).atZone(Fmt.ZONE).toInstant();
                if (at.isAfter(Instant.now().plus(SKEW))) {
                    f.refuse("occurredAt", m.t("form.future"));
                }
            } catch (DateTimeParseException e) {
                f.refuse("occurredAt", m.t("form.dateTime"));
            }
        }
        tooLong(f, m, fields, "notes");
        if (f.hasErrors()) {
            return again(clientId, back, f);
        }
        ContactRequest body = new ContactRequest(fields.getFirst("channel"), fields.getFirst("direction"),
                fields.getFirst("purpose"), at.toString(), blankToNull(fields.getFirst("notes")),
                blankToNull(fields.getFirst("campaignId")), blankToNull(fields.getFirst("taskId")),
                blankToNull(fields.getFirst("reminderContent")));
        Part<?> answer = pages.retention((api, bearer) -> api.recordContact(bearer, clientId, body));
        return answer.ok() ? seeOther(back + "#contacts") : again(clientId, back, f.refusedBy(answer, m));
    }

    /** Each facet given is recorded by its own call; the first refusal stops and is shown with everything typed. */
    Object facets(String clientId, MultivaluedMap<String, String> fields) {
        Msg m = pages.msg();
        FormState f = FormState.typed("facets", fields);
        Integer age = number(f, m, fields, "age");
        Integer child = number(f, m, fields, "youngestChildAge");
        String marital = blankToNull(fields.getFirst("maritalStatus"));
        if (marital != null && age == null && !f.errors().containsKey("age")) {
            f.refuse("age", m.t("form.required"));
        }
        if (f.hasErrors()) {
            return again(clientId, null, f);
        }
        Map<String, FacetRequests.Facet> given = new LinkedHashMap<>(); // by the path it is PUT to, in this order
        if (marital != null) {
            given.put("household", new FacetRequests.Household(marital, age, child, fields.containsKey("childrenIndependent"),
                    fields.containsKey("retired")));
        }
        filled(fields, "background").ifPresent(code -> given.put("social-background", new FacetRequests.SocialBackground(code)));
        filled(fields, "personality").ifPresent(code -> given.put("personality", new FacetRequests.Personality(code)));
        filled(fields, "investorAttitude").ifPresent(code -> given.put("investor-attitude", new FacetRequests.InvestorAttitude(code)));
        for (Map.Entry<String, FacetRequests.Facet> facet : given.entrySet()) {
            Part<?> a = pages.profiling((api, bearer) -> api.putFacet(bearer, clientId, facet.getKey(), facet.getValue()));
            if (!a.ok()) {
                return again(clientId, null, f.refusedBy(a, m));
            }
        }
        return seeOther("/clients/" + clientId + "#facets");
    }

    Object suitabilityCheck(String clientId, MultivaluedMap<String, String> fields) {
        Msg m = pages.msg();
        FormState f = FormState.typed("check", fields);
        String code = matching(f, m, fields, "productCode", PRODUCT_CODE, "form.productCode");
        if (f.hasErrors()) {
            return again(clientId, null, f);
        }
        Part<SuitabilityCheck> answer = pages.profiling((api, bearer) -> api.checkSuitability(bearer, clientId,
                new SuitabilityCheck.Request(code)));
        if (answer.ok()) {
            return seeOther("/clients/" + clientId + "#suitability");
        }
        if (answer.status() == 404 && !answer.endpointMissing()) {
            return again(clientId, null, f.refuse("productCode", m.t("form.unknownProduct")));
        }
        return again(clientId, null, f.refusedBy(answer, m));
    }

    Object acknowledgement(String checkId, MultivaluedMap<String, String> fields) {
        Msg m = pages.msg();
        String clientId = fields.getFirst("clientId");
        if (clientId == null || !ClientResource.CLIENT_ID.matcher(clientId).matches() || !CHECK_ID.matcher(checkId).matches()) {
            return Response.status(404).build();
        }
        FormState f = FormState.typed("ack-" + checkId, fields);
        required(f, m, "channel", "statement");
        tooLong(f, m, fields, "statement");
        if (f.hasErrors()) {
            return again(clientId, null, f);
        }
        var body = new SuitabilityCheck.AcknowledgementRequest(fields.getFirst("channel"), fields.getFirst("statement").strip());
        Part<?> answer = pages.profiling((api, bearer) -> api.acknowledge(bearer, checkId, body));
        return answer.ok() ? seeOther("/clients/" + clientId + "#suitability") : again(clientId, null, f.refusedBy(answer, m));
    }

    /**
     * The service needs as the form holds them, one PUT to profiling (which replaces the client's needs): a reminder
     * needs all three of its parts, topics are at most ten; the codes are the service's to judge.
     */
    Object serviceNeeds(String clientId, MultivaluedMap<String, String> fields, List<String> requirementCodes) {
        Msg m = pages.msg();
        FormState f = FormState.typed("needs", fields);
        NeedsForm needs = NeedsForm.typed(fields, requirementCodes);
        if (needs.givenReminders().stream().anyMatch(r -> r.content().isEmpty() || r.channel().isEmpty()
                || r.frequency().isEmpty())) {
            f.refuse("reminders", m.t("needs.reminderIncomplete"));
        }
        List<String> topics = needs.topicList();
        if (topics.size() > NeedsForm.MAX_TOPICS || topics.stream().anyMatch(t -> t.length() > NeedsForm.MAX_TOPIC)) {
            f.refuse("topics", m.t("needs.tooManyTopics"));
        }
        String advisor = blankToNull(fields.getFirst("consultationAdvisorId"));
        if (advisor != null && !HomeResource.ADVISOR_ID.matcher(advisor.strip()).matches()) {
            f.refuse("consultationAdvisorId", m.t("form.advisorId"));
        }
        if (f.hasErrors()) {
            return again(clientId, null, f);
        }
        Part<?> answer = pages.profiling((api, bearer) -> api.putServiceNeeds(bearer, clientId, needs.request()));
        return answer.ok() ? seeOther("/clients/" + clientId + "#needs") : again(clientId, null, f.refusedBy(answer, m));
    }

    /** A manager puts the client in an advisor's book (retention-service); the page then says whose. */
    Object advisor(String clientId, MultivaluedMap<String, String> fields) {
        Msg m = pages.msg();
        FormState f = FormState.typed("advisor", fields);
        String id = matching(f, m, fields, "advisorId", HomeResource.ADVISOR_ID, "form.advisorId");
        if (f.hasErrors()) {
            return again(clientId, null, f);
        }
        Part<BookEntry> answer = pages.retention((api, bearer) -> api.assignAdvisor(bearer, clientId, new BookEntry.Request(id)));
        return answer.ok() ? seeOther("/clients/" + clientId + "?assigned=" + answer.value().advisorId() + "#advisor")
                : again(clientId, null, f.refusedBy(answer, m));
    }

    /** The page the form came from again, with what was typed and why it was not taken (400, or 409/503 for the whole). */
    private Object again(String clientId, String back, FormState f) {
        if (back != null && back.startsWith("/tasks/")) {
            String taskId = back.substring("/tasks/".length());
            return f.sentBack(form -> taskPage.render(taskId, null, form));
        }
        return f.sentBack(form -> clientPage.render(clientId, form));
    }

    /** Where a form goes back to: the task it was sent from, else the client's page (never another site). */
    static String back(String clientId, String back) {
        if (back != null && back.startsWith("/tasks/") && TaskResource.TASK_ID.matcher(back.substring(7)).matches()) {
            return back;
        }
        return "/clients/" + clientId;
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static void required(FormState f, Msg m, String... fields) {
        for (String field : fields) {
            if (blankToNull(f.given().get(field)) == null) {
                f.refuse(field, m.t("form.required"));
            }
        }
    }

    /** A required field of {@code pattern}, stripped; null, with the field refused, when it is missing or not of it. */
    static String matching(FormState f, Msg m, MultivaluedMap<String, String> fields, String field, Pattern pattern,
            String invalid) {
        String value = blankToNull(fields.getFirst(field));
        if (value == null) {
            f.refuse(field, m.t("form.required"));
            return null;
        }
        if (!pattern.matcher(value.strip()).matches()) {
            f.refuse(field, m.t(invalid));
            return null;
        }
        return value.strip();
    }

    private static void tooLong(FormState f, Msg m, MultivaluedMap<String, String> fields, String field) {
        String text = fields.getFirst(field);
        if (text != null && text.length() > MAX_TEXT) {
            f.refuse(field, m.t("form.tooLong"));
        }
    }

    /** An optional whole number; null when blank, or (refused) when it is no number. */
    static Integer number(FormState f, Msg m, MultivaluedMap<String, String> fields, String field) {
        return parsed(f, m, fields, field, Integer::valueOf, "form.number");
    }

    /** A required {@code yyyy-MM-dd} field; null, with the field refused, when it is missing or no date. */
    static LocalDate date(FormState f, Msg m, MultivaluedMap<String, String> fields, String field) {
        if (blankToNull(fields.getFirst(field)) == null) {
            f.refuse(field, m.t("form.required"));
            return null;
        }
        return parsed(f, m, fields, field, LocalDate::parse, "form.date");
    }

    /** An optional field read by {@code parse}; null when blank, or (refused with {@code invalid}) when it does not read. */
    private static <T> T parsed(FormState f, Msg m, MultivaluedMap<String, String> fields, String field,
            Function<String, T> parse, String invalid) {
        String raw = blankToNull(fields.getFirst(field));
        if (raw == null) {
            return null;
        }
        try {
            return parse.apply(raw.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            f.refuse(field, m.t(invalid));
            return null;
        }
    }

    /** A field that was filled in, else empty. */
    private static Optional<String> filled(MultivaluedMap<String, String> fields, String field) {
        return Optional.ofNullable(blankToNull(fields.getFirst(field)));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Labels labels(String zh, String en) {
        return new Labels(blankToNull(zh), blankToNull(en));
    }
}
