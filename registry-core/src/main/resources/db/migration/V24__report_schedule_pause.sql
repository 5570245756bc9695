-- A coordinator can pause a schedule (over a holiday, while a report is being corrected) and resume
-- it without writing its time again. A paused schedule is never due; on resuming it waits for its
-- next time after that moment, so the times missed while paused do not all fire at once.
ALTER TABLE report_schedule ADD COLUMN paused boolean NOT NULL DEFAULT false;
