-- One row per year: the last case number given out in that year.
create table hrd_case_reference_counter (
  case_year   integer not null primary key,
  last_number integer not null
);
