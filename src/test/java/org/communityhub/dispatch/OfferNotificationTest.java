package org.communityhub.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.NotifyDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Offers go out through the real GOV.UK Notify client to WireMock. The send step is asynchronous
 * with retries; a retry after Notify took the message but the hub did not hear back (a crash, a
 * dropped connection) must not send the offer a second time.
 */
@HubIntegrationTest
class OfferNotificationTest {

  @Autowired DispatchFixture fixture;
  @Autowired ManagementService managementService;

  @AfterEach
  void notifyAcceptsEverythingAgain() {
    NotifyDouble.resetToAccepting();
  }

  @Test
  void offerIsSentAsAnSmsWithTheLinkAndRecordedInTheOutbox() {
    TestArea area = fixture.newArea();
    VolunteerBuilder builder = livingIn(area.home());
    long volunteer = fixture.volunteer(builder);
    String reference = fixture.request(area, Need.FOOD);
    fixture.awaitOfferedVolunteer(reference);

    NotifyDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/sms"))
        .withRequestBody(containing(builder.phone()))
        .withRequestBody(containing(NotifyDouble.OFFER_SMS_TEMPLATE))
        .withRequestBody(containing("/volunteer/offers/")));
    Map<String, Object> outbox = fixture.jdbc.queryForMap("select * from notification_outbox where recipient = ?",
        "volunteer:" + volunteer);
    assertThat(outbox).containsEntry("status", "SENT").containsEntry("channel", "SMS");
    assertThat((String) outbox.get("personalisation")).doesNotContain(builder.phone());
  }

  @Test
  void volunteerWithoutAPhoneGetsAnEmail() {
    TestArea area = fixture.newArea();
    VolunteerBuilder builder = livingIn(area.home()).noPhone();
    fixture.volunteer(builder);
    fixture.awaitOfferedVolunteer(fixture.request(area, Need.FOOD));

    NotifyDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
        .withRequestBody(containing(builder.email())));
  }

  @Test
  void retryAfterNotifyTookTheMessageButTheHubNeverHeardBackDoesNotSendItAgain() {
    TestArea area = fixture.newArea();
    VolunteerBuilder builder = livingIn(area.home());
    long volunteer = fixture.volunteer(builder);
    String notifyId = UUID.randomUUID().toString();
    // Notify takes the SMS, but its answer is cut off before the hub can read it (as if the hub
    // crashed at that moment)...
    NotifyDouble.server().stubFor(post(urlPathEqualTo("/v2/notifications/sms")).atPriority(1)
        .withRequestBody(containing(builder.phone()))
        .inScenario("lost answer").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"id\": \"7"))
        .willSetStateTo("taken"));
    // ...and from then on Notify lists it under the hub's reference.
    NotifyDouble.server().stubFor(get(urlPathEqualTo("/v2/notifications")).atPriority(1)
        .inScenario("lost answer").whenScenarioStateIs("taken")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(NotifyDouble.notificationListWith(notifyId, "{{request.query.reference}}"))
            .withTransformers("response-template")));

    String reference = fixture.request(area, Need.FOOD);
    Job send = await().atMost(DispatchFixture.PATIENCE).until(() -> managementService.createJobQuery()
        .processInstanceId(dispatchId(reference)).activityId("Task_SendOffer").withException().singleResult(),
        job -> job != null);
    assertThat(send.getRetries()).as("the failed send is retried").isEqualTo(4);

    managementService.executeJob(send.getId());

    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(volunteer);
    NotifyDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/sms"))
        .withRequestBody(containing(builder.phone())));
    assertThat(fixture.jdbc.queryForMap("select status, notify_id from notification_outbox where recipient = ?",
        "volunteer:" + volunteer)).containsEntry("status", "SENT").containsEntry("notify_id", notifyId);
  }

  private String dispatchId(String reference) {
    var dispatch = fixture.dispatchOf(reference);
    return dispatch == null ? "none" : dispatch.getId();
  }
}
