-- Every notification the service sends or would send: who, which template, for which case, and how
-- delivery went. No free text: the message is rebuilt from the template and these columns.
create table hrd_notification (
  id               varchar(36)  not null primary key,
  idempotency_key  varchar(200) not null,
  recipient_user   varchar(100) not null,
  recipient_email  varchar(255),
  template         varchar(40)  not null,
  step             varchar(200) not null,
  case_reference   varchar(40),
  due_date         timestamp,
  created_at       timestamp    not null,
  sent_at          timestamp,
  status           varchar(20)  not null,
  attempts         integer      not null,
  last_error       varchar(500),
  constraint hrd_notification_key unique (idempotency_key)
);
create index hrd_notification_case on hrd_notification (case_reference);
create index hrd_notification_created on hrd_notification (created_at);
