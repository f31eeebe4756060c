-- The summarization schema belongs to the summarization-service. Flyway creates it and runs every migration here as the owner
-- role; the common beforeMigrate callback grants the app role USAGE on it and installs the
-- pulse_protect_owned_table() helper that each user-owned table is passed through.
comment on schema summarization is 'Pulse summarization service: owned by the summarization-service, read by no other service';
