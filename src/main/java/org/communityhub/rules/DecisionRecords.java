package org.communityhub.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The decision_record table (owned by the rules feature). */
@Repository
class DecisionRecords {

  /** One decision as it was made for one request. */
  record DecisionRecord(long requestId, String reference, String decisionKey, int decisionVersion,
      List<String> matchedRules, Map<String, Object> inputs, Map<String, Object> outputs, String district,
      Instant decidedAt) {}

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final DecisionRecordRowRepository rows;
  private final ObjectMapper json = new ObjectMapper();

  DecisionRecords(JdbcTemplate jdbc, DecisionRecordRowRepository rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  void add(DecisionRecord record, String decisionDefinitionId) {
    rows.save(new DecisionRecordRow(record.requestId(), record.reference(), record.decisionKey(),
        record.decisionVersion(), decisionDefinitionId, String.join(",", record.matchedRules()),
        write(record.inputs()), write(record.outputs()), record.district(), record.decidedAt()));
  }

  /** The latest decision of this key for each request decided in [from, to), newest first, at most limit. */
  List<DecisionRecord> decidedBetween(String decisionKey, Instant from, Instant to, int limit) {
    return jdbc.query("select request_id, reference, decision_key, decision_version, matched_rules, inputs, outputs,"
            + " district, decided_at from decision_record where decision_key = ? and decided_at >= ? and decided_at < ?"
            + " order by decided_at desc limit ?",
        (rs, row) -> new DecisionRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
            rs.getString(5) == null || rs.getString(5).isBlank() ? List.of() : List.of(rs.getString(5).split(",")),
            read(rs.getString(6)), read(rs.getString(7)), rs.getString(8), rs.getTimestamp(9).toInstant()),
        decisionKey, Timestamp.from(from), Timestamp.from(to), limit);
  }

  /** Erasure and retention: a resident's requests go, and with them what was decided about them. */
  int deleteForRequests(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return 0;
    }
    String placeholders = String.join(",", java.util.Collections.nCopies(requestIds.size(), "?"));
    return jdbc.update("delete from decision_record where request_id in (" + placeholders + ")", requestIds.toArray());
  }

  private String write(Map<String, Object> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
