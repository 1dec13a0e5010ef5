package dev.kehu.profiling;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.ServiceReadyChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class ServiceReadyTest extends ServiceReadyChecks {

    @Override
    protected String serviceName() {
        return "profiling-service";
    }
}
