-- The role through which each recipient was notified: the audit trail names roles, not only people.
alter table hrd_notification add column recipient_group varchar(100);

-- What the service itself records for audits: each read of a case's trail and each erasure (who, when,
-- what kind). No personal data: counts and field names at most.
create table hrd_audit_record (
  id             varchar(36)  not null primary key,
  case_reference varchar(40)  not null,
  kind           varchar(20)  not null,
  user_id        varchar(100) not null,
  recorded_at    timestamp    not null,
  detail         varchar(1000)
);
create index hrd_audit_record_case on hrd_audit_record (case_reference, recorded_at);
