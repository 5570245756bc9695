package no.followup.registry.api.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.api.problem.JsonErrors;
import no.followup.registry.domain.shared.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a bulk record straight into the request its type takes, so every record is parsed once.
 * What cannot be read becomes the record's problems, named as a single request's body would name
 * them (under {@code data}), and reading goes on with the next record. Only a body that is not JSON
 * at all, or a record that is not an object, fails the whole submission.
 */
final class BulkRecordReader extends ValueDeserializer<ReadRecord> {

  @Override
  public ReadRecord deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.isExpectedStartObjectToken()) {
      return ctxt.reportInputMismatch(ReadRecord.class, "a record must be a JSON object");
    }
    Read read = new Read();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "type" -> read.type = text(p, name, read.problems);
        case "ref" -> read.ref = text(p, name, read.problems);
        case "nationalId" -> read.nationalId = text(p, name, read.problems);
        case "participantId" -> read.participantId = uuid(p, read.problems);
        case "data" -> read.data(p, ctxt);
        default -> {
          read.problems.add(
              Violation.rejection(name, "unknown-field", name + " is not a field of a record"));
          p.skipChildren();
        }
      }
    }
    return read.record(ctxt);
  }

  /** A record's fields as they come; {@code data} may come before {@code type}. */
  private static final class Read {
    private final List<Violation> problems = new ArrayList<>();
    private String type;
    private String ref;
    private String nationalId;
    private UUID participantId;
    private boolean dataGiven;
    private Object data;
    private JsonNode dataBeforeType;
    private final List<Violation> dataProblems = new ArrayList<>();

    void data(JsonParser p, DeserializationContext ctxt) {
      dataGiven = p.currentToken() == JsonToken.START_OBJECT;
      if (!dataGiven) {
        p.skipChildren();
        return;
      }
      Optional<BulkType> known = BulkType.named(type);
      if (type == null) {
        dataBeforeType = ctxt.readTree(p);
      } else if (known.isEmpty()) {
        p.skipChildren();
      } else {
        TokenStreamContext record = p.streamReadContext().getParent();
        try {
          data = ctxt.readValue(p, known.get().request());
        } catch (DatabindException e) {
          dataProblems.add(JsonErrors.of(e, "data"));
          // On to the end of data: the record's other fields and the next records are still read.
          while (p.streamReadContext() != record) {
            p.nextToken();
          }
        }
      }
    }

    ReadRecord record(DeserializationContext ctxt) {
      Optional<BulkType> known = BulkType.named(type);
      if (known.isEmpty()) {
        problems.add(
            Violation.rejection("type", "known-type", "type must be one of " + BulkType.names()));
      } else if (!dataGiven) {
        problems.add(
            Violation.rejection(
                "data",
                "required",
                "data must be the record as its single-record endpoint takes it"));
      } else if (dataBeforeType != null) {
        try {
          data = ctxt.readTreeAsValue(dataBeforeType, known.get().request());
        } catch (DatabindException e) {
          problems.add(JsonErrors.of(e, "data"));
        }
      }
      problems.addAll(dataProblems);
      return new ReadRecord(
          new BulkRecord(type, ref, participantId, nationalId, data), known.orElse(null), problems);
    }
  }

  private static String text(JsonParser p, String field, List<Violation> problems) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    if (p.currentToken() != JsonToken.VALUE_NULL) {
      problems.add(Violation.rejection(field, "type", field + " must be a string"));
      p.skipChildren();
    }
    return null;
  }

  private static UUID uuid(JsonParser p, List<Violation> problems) {
    String text = text(p, "participantId", problems);
    try {
      if (text == null || text.length() == 36) {
        return text == null ? null : UUID.fromString(text);
      }
    } catch (IllegalArgumentException e) {
      // named below
    }
    problems.add(
        Violation.rejection("participantId", "format", "participantId must be a valid uuid"));
    return null;
  }
}
