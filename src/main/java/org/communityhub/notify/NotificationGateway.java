package org.communityhub.notify;

import uk.gov.service.notify.NotificationClientApi;

/** The Notify client, or none when the hub only records messages. */
record NotificationGateway(NotificationClientApi client) {

  static final NotificationGateway RECORD_ONLY = new NotificationGateway(null);

  boolean sends() {
    return client != null;
  }
}
