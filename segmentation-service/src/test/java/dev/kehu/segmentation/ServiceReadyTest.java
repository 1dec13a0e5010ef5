package dev.kehu.segmentation;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.ServiceReadyChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class ServiceReadyTest extends ServiceReadyChecks {

    @Override
    protected String serviceName() {
        return "segmentation-service";
    }
}
