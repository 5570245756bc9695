-- Why: export files are kept for a retention period (30 days unless set), then deleted; the export
-- row stays as the record of the release, marked EXPIRED. Exports are looked up by requester to
-- bound how many one user has running.
ALTER TABLE dataset_export DROP CONSTRAINT dataset_export_status_check;
ALTER TABLE dataset_export ADD CONSTRAINT dataset_export_status_check
    CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED'));
CREATE INDEX dataset_export_requester ON dataset_export (requested_by, status);
