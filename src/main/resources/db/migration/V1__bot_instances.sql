-- Every running bot process registers here, so that /about and the health check can tell how many
-- processes share this database (several can run behind one PostgreSQL).
CREATE TABLE bot_instance (
    instance_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    host_name    VARCHAR(255) NOT NULL,
    version      VARCHAR(64)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
