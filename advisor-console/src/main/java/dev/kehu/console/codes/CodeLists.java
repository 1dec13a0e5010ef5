package dev.kehu.console.codes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.kehu.console.api.Service;

/**
 * The codes the pages offer, as the owning service's OpenAPI document enumerates them: read the first
 * time a page needs one of a service's lists and kept for the life of the process (a service upgraded
 * with a new code shows it after the console restarts). A document that cannot be read is asked again
 * next time; the call is made on the pages' bounded pool, like every call to a service.
 */
@ApplicationScoped
public class CodeLists {

    /** A service whose document does not enumerate a list the console needs. */
    public static final class MissingCodes extends RuntimeException {
        MissingCodes(CodeList list) {
            super("its OpenAPI document lists no codes for " + list.operationId + " " + list.field);
        }
    }

    private final Map<CodeList, List<String>> cache = new ConcurrentHashMap<>();

    @RestClient
    Documents.Profiling profiling;

    @RestClient
    Documents.Segmentation segmentation;

    @RestClient
    Documents.Retention retention;

    public List<String> get(CodeList list) {
        List<String> codes = cache.get(list);
        if (codes != null) {
            return codes;
        }
        JsonNode document = document(list.service).read("json");
        for (CodeList each : CodeList.values()) {
            if (each.service == list.service) {
                OpenApiEnums.find(document, each.operationId, each.field).ifPresent(found -> cache.putIfAbsent(each, found));
            }
        }
        codes = cache.get(list);
        if (codes == null && !list.documented.isEmpty()) {
            codes = list.documented;
        }
        if (codes == null) {
            throw new MissingCodes(list);
        }
        return codes;
    }

    private Documents.Document document(Service service) {
        return switch (service) {
            case PROFILING -> profiling;
            case SEGMENTATION -> segmentation;
            case RETENTION -> retention;
        };
    }
}
