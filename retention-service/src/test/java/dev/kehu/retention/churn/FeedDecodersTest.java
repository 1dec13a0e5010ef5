package dev.kehu.retention.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;
import dev.kehu.retention.domain.client.AccountEventKind;
import dev.kehu.retention.domain.client.ClientCommand;

/**
 * The back office's account events (docs/contract.md#backofficeaccount-events) as the consumer decodes them:
 * what a good one becomes, and the dead-letter reason of a bad one. The feed itself, on the real broker, is
 * covered by TrustTest and BookAndRemindersTest.
 */
class FeedDecodersTest {

    static final Instant AT = Instant.parse("2026-03-21T02:00:00Z");

    static IncomingCloudEvent event(String type, String key, String subject, String data) throws Exception {
        return new IncomingCloudEvent("m1", "/backoffice", type, subject, AT,
                EventCodec.defaultMapper().readTree(data.replace('\'', '"')), key);
    }

    static IncomingCloudEvent event(String data) throws Exception {
        return event(FeedDecoders.ACCOUNT_TYPE, "C1", "C1", data);
    }

    @Test
    void aWithdrawalBecomesAnAccountEventWithItsAmount() throws Exception {
        ClientCommand c = FeedDecoders.accountEvent(event("{'eventId':'e1','clientId':'C1','occurredAt':'" + AT
                + "','kind':'WITHDRAWAL','amount':250000,'note':'to a bank'}"));
        assertEquals(new ClientCommand.RecordAccountEvent("C1", "e1", AT, AccountEventKind.WITHDRAWAL,
                new BigDecimal("250000"), "to a bank", "m1"), c);
    }

    @Test
    void anAmountOnAnotherKindIsNotRead() throws Exception {
        ClientCommand c = FeedDecoders.accountEvent(event("{'eventId':'e1','clientId':'C1','occurredAt':'" + AT
                + "','kind':'COMPLAINT_FILED','amount':'not a number'}"));
        assertEquals(new ClientCommand.RecordAccountEvent("C1", "e1", AT, AccountEventKind.COMPLAINT_FILED, null,
                null, "m1"), c);
    }

    @Test
    void anAssignmentBecomesTheBackOfficesAssignment() throws Exception {
        ClientCommand c = FeedDecoders.accountEvent(event("{'eventId':'e1','clientId':'C1','occurredAt':'" + AT
                + "','kind':'ADVISOR_ASSIGNED','advisorId':'adv.1@branch'}"));
        assertEquals(new ClientCommand.AssignAdvisor("C1", "adv.1@branch", FeedDecoders.BACK_OFFICE, AT, "m1"), c);
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
            "backoffice.account.event.v1|C1|C1|{'eventId':'e1','clientId':'C1','occurredAt':'2026-03-21T02:00:00Z','kind':'WITHDRAWAL','amount':-10}"
                    + "|amount must be greater than 0, was -10",
            "backoffice.account.event.v1|C1|C1|{'eventId':'e1','clientId':'C1','occurredAt':'2026-03-21T02:00:00Z','kind':'WITHDRAWAL'}"
                    + "|amount is missing",
            "backoffice.account.event.v1|C1|C1|{'eventId':'e1','clientId':'C1','occurredAt':'2026-03-21T02:00:00Z','kind':'ADVISOR_ASSIGNED'}"
                    + "|advisorId is missing",
            "backoffice.account.event.v1|C1|C1|{'eventId':'e1','clientId':'C1','occurredAt':'2026-03-21T02:00:00Z','kind':'ADVISOR_ASSIGNED','advisorId':'adv 1'}"
                    + "|advisorId must be 1-100 letters, digits or . _ @ : -",
            "backoffice.account.event.v1|C2|C1|{'eventId':'e1','clientId':'C1','occurredAt':'2026-03-21T02:00:00Z','kind':'COMPLAINT_FILED'}"
                    + "|record key C2 is not the clientId C1",
            "backoffice.account.event.v1|C1|C2|{'eventId':'e1','clientId':'C1','occurredAt':'2026-03-21T02:00:00Z','kind':'COMPLAINT_FILED'}"
                    + "|CloudEvents subject C2 is not the clientId C1",
            "backoffice.account.event.v1|C1|C1|{'clientId':'C1','occurredAt':'yesterday','kind':'TELEPORTED','note':7}"
                    + "|eventId is missing; occurredAt is not an RFC 3339 date-time: yesterday; kind has unknown code TELEPORTED; note must be a string",
            "backoffice.balance.reported.v1|C1|C1|{'eventId':'e1','clientId':'C1','occurredAt':'2026-03-21T02:00:00Z','kind':'COMPLAINT_FILED'}"
                    + "|unexpected CloudEvents type backoffice.balance.reported.v1, expected backoffice.account.event.v1",
    })
    void aBadEventIsRefusedNamingEveryProblem(String type, String key, String subject, String data, String reason)
            throws Exception {
        IncomingCloudEvent e = event(type, key, subject, data);
        assertEquals(reason, assertThrows(InvalidMessageException.class, () -> FeedDecoders.accountEvent(e))
                .getMessage());
    }

    @Test
    void aWrongKeyAndABadAdvisorAreBothNamed() throws Exception {
        IncomingCloudEvent e = event(FeedDecoders.ACCOUNT_TYPE, "C2", null, "{'eventId':'e1','clientId':'C1',"
                + "'occurredAt':'" + AT + "','kind':'ADVISOR_ASSIGNED','advisorId':'adv 1'}");
        String reason = assertThrows(InvalidMessageException.class, () -> FeedDecoders.accountEvent(e)).getMessage();
        assertTrue(reason.contains("record key C2 is not the clientId C1"), reason);
        assertTrue(reason.contains("advisorId must be 1-100 letters"), reason);
    }
}
