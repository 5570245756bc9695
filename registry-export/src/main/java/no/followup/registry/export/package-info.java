/**
 * Research datasets: dataset definitions, per-release pseudonyms, disclosure control and the Excel
 * writer (the only place POI is used). Never sees a national ID number.
 */
package no.followup.registry.export;
