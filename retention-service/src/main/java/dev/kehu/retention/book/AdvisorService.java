package dev.kehu.retention.book;

import java.time.Clock;
import java.util.UUID;

import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.client.ClientCommandHandler;
import dev.kehu.retention.domain.client.ClientCommand.AssignAdvisor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A manager puts a client in an advisor's book, on the client's stream (docs/domain.md#advisor-book). */
@ApplicationScoped
public class AdvisorService {

    @Inject
    Db db;

    @Inject
    ClientCommandHandler clients;

    @Inject
    CurrentRequest request;

    @Inject
    Clock clock;

    @Inject
    BookQueries book;

    /** Assigns the advisor; the same advisor again changes nothing. 404 for a client the service never heard of. */
    @Transactional
    public BookQueries.BookEntry assign(String clientId, String advisorId) {
        AssignAdvisor command = new AssignAdvisor(clientId, advisorId, request.actor(), clock.instant(),
                UUID.randomUUID().toString());
        db.call(c -> clients.applyToKnown(c, command, request.metadata()));
        return book.advisorOf(clientId).orElseThrow();
    }
}
