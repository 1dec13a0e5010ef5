package dev.kehu.retention;

import dev.kehu.testsupport.PackagedDefaultsContract;

/** What this service's packaged application leaves on and off in production (docs/security.md). */
class PackagedDefaultsTest extends PackagedDefaultsContract {
}
