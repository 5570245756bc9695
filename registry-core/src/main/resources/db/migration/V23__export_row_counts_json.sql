-- Why: an export's row counts per sheet were kept as a Java map's text ("{infusions=12, participants=3}")
-- and served that way; clients had to parse Java. They are a JSON object now, in the table and in the API.
-- Rows written before are converted in place.

UPDATE dataset_export
SET row_counts = (SELECT jsonb_object_agg(split_part(pair, '=', 1), split_part(pair, '=', 2)::bigint)::text
                  FROM unnest(string_to_array(btrim(row_counts, '{}'), ', ')) AS pair)
WHERE row_counts LIKE '{%=%}';

ALTER TABLE dataset_export ALTER COLUMN row_counts TYPE jsonb USING row_counts::jsonb;
