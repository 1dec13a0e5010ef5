package dev.kehu.retention;

import java.util.List;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import dev.kehu.eventstore.migration.CommentAmendments;
import dev.kehu.eventstore.migration.CommentAmendmentsCustomizer;
import dev.kehu.testsupport.CommentAmendmentChecks;

/** This service's db/comment-amendments.txt against its migrations (docs/operations.md#upgrading-the-schema). */
class CommentAmendmentsTest extends CommentAmendmentChecks {

    @Override
    protected List<Listed> listed() {
        return CommentAmendments.load(getClass().getClassLoader()).listed().stream()
                .map(a -> new Listed(a.version(), a.oldChecksum(), a.newChecksum())).toList();
    }

    @Override
    protected void amend(FluentConfiguration configuration) {
        new CommentAmendmentsCustomizer().customize(configuration);
    }

    @Override
    protected String databasePrefix() {
        return "retention_amendments";
    }
}
