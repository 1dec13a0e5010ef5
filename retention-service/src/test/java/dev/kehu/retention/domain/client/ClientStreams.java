package dev.kehu.retention.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.testsupport.decider.DeciderScenario;
import dev.kehu.testsupport.decider.DeciderScenario.Then;

/** A client's stream for the decider tests, where the history is what earlier commands decided. */
final class ClientStreams {

    private ClientStreams() {
    }

    static DeciderScenario<ClientState, ClientCommand, ClientEvent> of(ClientDecider decider) {
        return DeciderScenario.of(decider::initialState, decider::evolve, decider::decide);
    }

    /**
     * The stream after these commands, each decided in turn; none of them may raise a signal, so a test's
     * count is the signals of its {@code when} alone.
     */
    static DeciderScenario<ClientState, ClientCommand, ClientEvent> quietlyAfter(
            DeciderScenario<ClientState, ClientCommand, ClientEvent> stream, ClientCommand... commands) {
        for (ClientCommand c : commands) {
            List<ClientEvent> decided = stream.when(c).events();
            assertEquals(List.of(), signals(decided), "the history raised a signal at " + c);
            stream = stream.given(decided.toArray(ClientEvent[]::new));
        }
        return stream;
    }

    static List<SignalRaised> signals(List<ClientEvent> events) {
        return events.stream().filter(SignalRaised.class::isInstance).map(SignalRaised.class::cast).toList();
    }

    static List<SignalRaised> signals(Then<ClientState, ClientEvent> then) {
        return signals(then.events());
    }
}
