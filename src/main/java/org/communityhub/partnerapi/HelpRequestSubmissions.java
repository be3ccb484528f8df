package org.communityhub.partnerapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.communityhub.intake.IntakeResult;
import org.communityhub.intake.IntakeService;
import org.communityhub.partners.Partner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partner submissions, each at most once per Idempotency-Key. The key is claimed (inserted) first,
 * in the same transaction as the request: a concurrent retry waits on that row, then finds the
 * key taken and gets the first answer; a failed request leaves no claim behind.
 */
@Service
class HelpRequestSubmissions {

  private final IntakeService intake;
  private final IdempotencyRecordRepository records;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final Clock clock;

  HelpRequestSubmissions(IntakeService intake, IdempotencyRecordRepository records, TransactionTemplate transaction,
      ObjectMapper json, Clock clock) {
    this.intake = intake;
    this.records = records;
    this.transaction = transaction;
    this.json = json;
    this.clock = clock;
  }

  /** The answer to send: 201 with the new request, or the stored first answer to a retry. */
  record Answer(int status, SubmissionResponse body) {}

  Answer submit(Partner partner, String idempotencyKey, HelpRequestSubmission submission) {
    if (idempotencyKey == null) {
      return new Answer(201, created(SubmissionMapper.toCommand(submission, partner.getClientId())));
    }
    var key = new IdempotencyRecord.Key(partner.getId(), idempotencyKey);
    String hash = hash(submission);
    Optional<Answer> earlier = earlierAnswer(key, hash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Answer registered;
    try {
      registered = transaction.execute(status -> {
        IdempotencyRecord claim = records.saveAndFlush(IdempotencyRecord.claim(key, hash, clock.instant()));
        SubmissionResponse response = created(SubmissionMapper.toCommand(submission, partner.getClientId()));
        claim.answer(201, write(response));
        return new Answer(201, response);
      });
    } catch (DataIntegrityViolationException concurrentRetry) {
      // Another call with this key committed first; its request stands and ours rolled back.
      return earlierAnswer(key, hash).orElseThrow(() -> concurrentRetry);
    }
    // The request is stored: run the rest of intake now, so the answer usually carries the decision.
    return new Answer(registered.status(), current(intake.carryOn(registered.body().reference())));
  }

  private SubmissionResponse created(org.communityhub.intake.IntakeCommand command) {
    return current(intake.submit(command));
  }

  private static SubmissionResponse current(IntakeResult result) {
    return SubmissionResponse.of(result);
  }

  private Optional<Answer> earlierAnswer(IdempotencyRecord.Key key, String hash) {
    return records.findById(key).map(record -> {
      if (!record.requestHash().equals(hash)) {
        throw new IdempotencyKeyReusedException(key.idempotencyKey());
      }
      // The same request as the first answer, and where it stands once the step after registration
      // has run (a retry that races the first call waits for it), so every answer is the same.
      SubmissionResponse first = read(record.responseBody());
      return new Answer(record.responseStatus(), current(intake.carryOn(first.reference())));
    });
  }

  private String hash(HelpRequestSubmission submission) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(submission).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private SubmissionResponse read(String body) {
    try {
      return json.readValue(body, SubmissionResponse.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
