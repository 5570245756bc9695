/**
 * Studies as data: each follow-up study (the first is {@code KETAMINE-TRD} version 1) defines its
 * visit schedule with windows, its instruments with their ranges and its protocol limits. A new
 * study is new rows, not new code.
 */
package no.followup.registry.domain.study;
