package dev.kehu.profiling.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.config.Codes;
import dev.kehu.profiling.config.EventRows;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.product.Product;
import dev.kehu.profiling.domain.product.ProductCommand;
import dev.kehu.profiling.domain.product.ProductDecider;
import dev.kehu.profiling.domain.product.ProductDetails;
import dev.kehu.profiling.domain.product.ProductEvent;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.Labels;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The product catalogue (docs/domain.md#suitability): managers state products, everyone signed in reads them. */
@ApplicationScoped
public class ProductService {

    public static final String CODE_PATTERN = "[A-Za-z0-9_.-]{1,64}";
    private static final int MAX_TEXT = 200;

    /** The product after a PUT, and whether the PUT registered it. */
    public record Stated(ProductView product, boolean created) {
    }

    @Inject
    Db db;

    @Inject
    CommandHandler<Product, ProductCommand, ProductEvent> handler;

    @Inject
    ProductRows rows;

    @Inject
    ProductChangeRows changes;

    @Inject
    EventRows json;

    @Inject
    CurrentRequest request;

    @Inject
    WallClock clock;

    @Transactional
    public Stated put(String productCode, ProductRequest body) {
        ProductDetails details = validate(productCode, body);
        CommandHandler.Handled<Product> handled = db.call(c -> handler.handle(c, ProductDecider.streamId(productCode),
                new ProductCommand(productCode, details, clock.now()), request.metadata(), OptionalLong.empty()));
        return new Stated(one(productCode), !handled.before().exists());
    }

    @Transactional
    public ProductView one(String productCode) {
        requireCode(productCode);
        ProductRow row = find(productCode).orElseThrow(() -> ProblemException.notFound("no product " + productCode));
        List<ProductView.Change> history = changes.find("productCode", Sort.ascending("streamVersion"), productCode)
                .list().stream().map(this::change).toList();
        return view(row, history);
    }

    /** The product as it is now (no history), for a suitability check; empty when unknown. */
    @Transactional
    Optional<ProductRow> find(String productCode) {
        return rows.findByIdOptional(productCode);
    }

    /** What a product on sale is, for another feature to decide on (404 unknown, 409 not on sale). */
    public ProductDetails onSale(String productCode) {
        ProductDetails details = details(find(productCode)
                .orElseThrow(() -> ProblemException.notFound("no product " + productCode)));
        if (!details.onSale()) {
            throw ProblemException.conflict("product " + productCode + " is not on sale",
                    Map.of("productCode", productCode));
        }
        return details;
    }

    /**
     * Products on sale up to and including {@code highest}, by code, at most {@code limit}: for another feature to
     * list what a client may buy (docs/domain.md#recommendations).
     */
    @Transactional
    public Map<String, ProductDetails> onSaleUpTo(RiskLevel highest, int limit) {
        List<String> levels = Arrays.stream(RiskLevel.values()).filter(l -> l.rank() <= highest.rank())
                .map(RiskLevel::name).toList();
        Map<String, ProductDetails> out = new LinkedHashMap<>();
        rows.find("onSale = true and riskLevel in ?1", Sort.by("productCode"), levels).page(0, limit).list()
                .forEach(r -> out.put(r.productCode, details(r)));
        return out;
    }

    ProductDetails details(ProductRow row) {
        return json.read(row.details, ProductDetails.class);
    }

    @Transactional
    public Page<ProductView> list(String riskLevel, String onSale, PageRequest page) {
        RiskLevel level = Codes.filter(RiskLevel.class, "riskLevel", riskLevel);
        Boolean sale = Codes.flag("onSale", onSale);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (level != null) {
            where.add("riskLevel = :riskLevel");
            params.and("riskLevel", level.name());
        }
        if (sale != null) {
            where.add("onSale = :onSale");
            params.and("onSale", sale);
        }
        Sort sort = Sort.by("productCode");
        return EventRows.page(where.isEmpty() ? rows.findAll(sort)
                : rows.find(String.join(" and ", where), sort, params), page, r -> view(r, null));
    }

    private ProductView view(ProductRow row, List<ProductView.Change> history) {
        ProductDetails d = details(row);
        return new ProductView(row.productCode, d.name(), d.riskLevel(), d.productType(), d.horizon(), d.onSale(),
                row.version, row.updatedAt, history);
    }

    private ProductView.Change change(ProductChangeRow row) {
        // a registration reads as a change without a previous risk level: the two share every other field
        ProductEvent.ProductChanged e = json.read(row.data, ProductEvent.ProductChanged.class);
        ProductDetails d = e.details();
        RiskLevel previous = e.previousRiskLevel();
        return new ProductView.Change(row.streamVersion, previous == null ? "REGISTERED" : "CHANGED", d.riskLevel(),
                previous, d.onSale(), d.name(), d.productType(), d.horizon(), e.recordedAt(),
                json.read(row.recordedBy, RecordedBy.class));
    }

    static void requireCode(String productCode) {
        if (productCode == null || !productCode.matches(CODE_PATTERN)) {
            throw ProblemException.badRequest("productCode", "must match " + CODE_PATTERN);
        }
    }

    private static ProductDetails validate(String productCode, ProductRequest body) {
        List<FieldError> errors = new ArrayList<>();
        if (productCode == null || !productCode.matches(CODE_PATTERN)) {
            errors.add(new FieldError("productCode", "must match " + CODE_PATTERN));
        }
        if (body == null) {
            errors.add(new FieldError("body", "required: {name, riskLevel, productType, horizon, onSale}"));
            throw ProblemException.badRequest(errors);
        }
        if (body.name() == null) {
            errors.add(new FieldError("name", "required: {zh, en}"));
        } else {
            text("name.zh", body.name().zh(), errors);
            text("name.en", body.name().en(), errors);
        }
        RiskLevel level = Codes.code(RiskLevel.class, "riskLevel", body.riskLevel(), errors);
        text("productType", body.productType(), errors);
        Horizon horizon = body.horizon() == null ? null
                : Codes.code(Horizon.class, "horizon", body.horizon(), errors);
        if (body.onSale() == null) {
            errors.add(new FieldError("onSale", "required: true or false"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new ProductDetails(new Labels(body.name().zh(), body.name().en()), level, body.productType(), horizon,
                body.onSale());
    }

    private static void text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required, not blank"));
        } else if (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "at most " + MAX_TEXT + " characters, no control characters"));
        }
    }
}
