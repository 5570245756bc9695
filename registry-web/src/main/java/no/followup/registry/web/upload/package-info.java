/**
 * Upload from a spreadsheet: a template made from the study definition (one sheet per record kind,
 * drop-down lists for coded values, a README sheet), read back from Excel or CSV, each row bound to
 * the same form as its page and stored through the bulk submission use case, with a receipt per
 * row.
 */
package no.followup.registry.web.upload;
