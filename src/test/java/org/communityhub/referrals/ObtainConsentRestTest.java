package org.communityhub.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.support.EngineRestForms;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 'Obtain consent to share' completed through /engine-rest: no answer, or one the form does not
 * offer, is a 400 naming the field and the task stays open; it is not taken as a refusal (which
 * would withdraw the referral).
 */
@HubIntegrationTest
class ObtainConsentRestTest {

  @Autowired IntakeService intake;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate rest;

  @Test
  void aMissingOrUnknownAnswerIsRefusedAndTheReferralWaits() {
    String reference = intake.submit(aRequest().needs(Need.HOUSING).consentToShare(false).build()).reference();
    Jobs.awaitDueJobs(management);
    EngineRestForms callHandler = new EngineRestForms(rest, "callhandler");
    String task = callHandler.openTask(reference, "Task_ObtainConsent");

    assertRefused(callHandler.complete(task, Map.of()));
    assertRefused(callHandler.complete(task, Map.of("consentObtained", "perhaps")));
    assertThat(callHandler.openTask(reference, "Task_ObtainConsent")).as("still open").isEqualTo(task);

    assertThat(callHandler.complete(task, Map.of("consentObtained", "true")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static void assertRefused(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("consentObtained");
  }
}
