#!/bin/sh
# Runs once, when the dev PostgreSQL volume is first initialised: the same roles and database as production and
# the local suite (deploy/local/src/main/resources/io/pulse/messaging/local/bootstrap-*.sql).
set -eu
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
create role pulse_owner login password '${PULSE_DB_OWNER_PASSWORD}' nosuperuser nocreatedb nocreaterole nobypassrls;
create role pulse_app login password '${PULSE_DB_APP_PASSWORD}' nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
create database pulse owner pulse_owner;
\connect pulse
revoke all on database pulse from public;
grant connect, temporary on database pulse to pulse_app;
revoke create on schema public from public;
SQL
