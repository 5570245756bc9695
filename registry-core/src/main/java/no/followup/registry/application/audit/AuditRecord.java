package no.followup.registry.application.audit;

/** A stored audit row: its place in its chain and the hashes that link it. */
public record AuditRecord(
    String chainKey, long seq, AuditEntry entry, byte[] prevHash, byte[] hash) {}
