/**
 * The Excel writer, the only place POI is used: streaming sheets (SXSSF), split before Excel's row
 * limit, with a codebook and a README sheet, temporary files always removed.
 */
package no.followup.registry.export.excel;
