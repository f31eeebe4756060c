-- The auto_response schema belongs to the auto-response-service. Flyway creates it and runs every migration here as the owner
-- role; the common beforeMigrate callback grants the app role USAGE on it and installs the
-- pulse_protect_owned_table() helper that each user-owned table is passed through.
comment on schema auto_response is 'Pulse auto-response service: owned by the auto-response-service, read by no other service';
