-- A pause is kept with the time it ended, so that a view taken while paused is still skipped when
-- it is written down after the reader resumed (views are recorded off the request thread).
alter table reading_history_pause add column resumed_at timestamptz;
