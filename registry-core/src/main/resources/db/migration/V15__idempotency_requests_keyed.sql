-- Why: request_hash was a plain SHA-256 of the request, and an enrolment request holds the national
-- ID number: knowing the birth year leaves a few hundred thousand candidates, and the number fell
-- out in seconds without the pseudonym key. Hashes are now HMACs under a key derived from the
-- pseudonym key (never in the database). The plain hashes written before cannot be converted, so
-- they go: a retry of a request made before this migration is treated as new (no real patient was
-- registered before it). Keys are now scoped per client (site and user or system), not per site.
DELETE FROM idempotency_key;
