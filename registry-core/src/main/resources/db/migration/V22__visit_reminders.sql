-- Why: each week every site lead is told how many of the site's visits are overdue or missed, with a
-- link to the worklist and nothing else. The reminder travels through the same outbox as the
-- signal notifications (claimed, retried, sent once). One reminder per site and week: every API
-- instance's scheduler may try to queue it, and the unique key lets only the first one in.

ALTER TABLE notification_outbox
    ALTER COLUMN signal_id DROP NOT NULL,
    ALTER COLUMN kind DROP NOT NULL,
    ADD COLUMN reminder_week  date,
    ADD COLUMN overdue_visits integer,
    ADD COLUMN missed_visits  integer,
    ADD CONSTRAINT notification_about_one_thing CHECK (
        (signal_id IS NOT NULL AND kind IS NOT NULL) <> (reminder_week IS NOT NULL)),
    ADD CONSTRAINT one_reminder_per_site_and_week UNIQUE (site_code, reminder_week);
