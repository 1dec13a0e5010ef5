package dev.kehu.segmentation;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import dev.kehu.eventstore.migration.CommentAmendmentsCustomizer;
import dev.kehu.testsupport.CommentAmendmentChecks;

/** This service's db/comment-amendments.txt against its migrations (docs/operations.md#upgrading-the-schema). */
class CommentAmendmentsTest extends CommentAmendmentChecks {

    @Override
    protected void amend(FluentConfiguration configuration) {
        new CommentAmendmentsCustomizer().customize(configuration);
    }
}
