-- Questionnaire items keep their versions: editing an item that has answers retires it and adds
-- the next version under the same key, so every answer stays tied to the wording and options it
-- was given for.

alter table zone_question add column version integer not null default 1 check (version > 0);
alter table zone_question add column retired_at timestamptz;
alter table zone_question drop constraint zone_question_zone_id_key_key;
alter table zone_question add constraint zone_question_key_version unique (zone_id, key, version);
-- One version of a key is current at a time.
create unique index zone_question_current on zone_question (zone_id, key) where retired_at is null;

alter table zone_answer add column question_version integer not null default 1;
alter table zone_answer add constraint zone_answer_question
    foreign key (zone_id, question_key, question_version) references zone_question (zone_id, key, version);
create index zone_answer_zone on zone_answer (zone_id, user_id);
