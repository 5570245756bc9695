/**
 * A row-level release as analysis-ready files: a zip of one CSV per table, its codebook as CSV, and
 * syntax that reads them with labels into R, Stata and SPSS.
 */
package no.followup.registry.export.csv;
