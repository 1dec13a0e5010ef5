-- Run once by the postgres image, on an empty data volume (docker-entrypoint-initdb.d):
-- one database per service (docs/architecture.md: each service owns its own PostgreSQL database).
-- The services create their tables themselves (Flyway, at start).
CREATE DATABASE profiling;
CREATE DATABASE segmentation;
CREATE DATABASE retention;
