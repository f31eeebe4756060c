-- Database part of the set-up, run by an administrator inside the suite's database after
-- `create database ${database} owner ${owner_role}`. Idempotent.
-- Nobody but the owner may create objects; the app role may only connect. Each service's first
-- migration grants the app role what it needs in that service's schema, and nothing more.
revoke all on database ${database} from public;
grant connect, temporary on database ${database} to ${app_role};
revoke create on schema public from public;
