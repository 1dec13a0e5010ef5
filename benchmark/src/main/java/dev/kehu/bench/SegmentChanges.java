package dev.kehu.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.kehu.eventstore.CloudEventParser;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.InvalidMessageException;
import dev.kehu.eventstore.contract.SegmentChanged;

/** Reads {@code segmentation.segment-changed} records with the shared contract's decoder, as retention does. */
final class SegmentChanges {

    private static final CloudEventParser PARSER = new CloudEventParser(EventCodec.defaultMapper());

    private SegmentChanges() {
    }

    /** The record's data; a record that breaks the contract fails the run, naming what is wrong. */
    static SegmentChanged decode(ConsumerRecord<String, String> record) {
        try {
            return SegmentChanged.decode(PARSER.parse(record));
        } catch (InvalidMessageException e) {
            throw new IllegalStateException("segment-changed " + record.key() + " breaks the contract: "
                    + e.getMessage(), e);
        }
    }
}
