/**
 * The benchmark suite: each figure next to its raw baseline, measured in the same run on the same
 * machine, written to {@code bench/results/<date>.md}.
 */
package no.followup.registry.bench;
