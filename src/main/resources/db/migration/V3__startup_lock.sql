-- Start-up work that several nodes on one database must not do at the same moment (creating
-- users, groups, grants, filters): each node holds this row's lock while it does it.
create table hrd_startup_lock (
  name varchar(50) not null primary key
);
insert into hrd_startup_lock (name) values ('access');
