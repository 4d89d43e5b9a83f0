-- The Chinese wording of a study's notes and outcome labels, next to the English. Null where no
-- Chinese has been written yet: readers then see the English.

alter table study_note add column text_zh text;
alter table study_outcome add column endpoint_zh text;
alter table study_outcome add column note_zh text;
