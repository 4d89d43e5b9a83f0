-- A reviewer's remark may point at one line of the revision's body: its number, and its text and
-- SHA-256 so that the remark stays with that line however the revision is displayed.
alter table article_workflow_event
    add column line_number integer check (line_number > 0),
    add column line_hash   char(64),
    add column line_text   varchar(300);
