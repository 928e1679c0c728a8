-- The process audits' verdicts of each ended case, stored when it ends: its history no longer changes, so
-- a report over all cases reads these instead of all history. Codes, steps and references only.
create table hrd_conformance (
  case_reference varchar(40)  not null primary key,
  rules_version  varchar(64)  not null,
  process_key    varchar(100) not null,
  verdicts       text         not null,
  evaluated_at   timestamp    not null
);
