package org.communityhub.notify;

import java.util.Map;

/**
 * A message to send once. The key (e.g. offer-42-sms) is unique for the message: a retried send
 * with the same key does nothing, and it is the 'reference' Notify stores with the message.
 *
 * @param recipient who it is for as a hub id (volunteer:7), safe to log
 * @param address the phone number or email address: personal data, never logged
 * @param personalisation the template's fields; never a resident's details
 */
public record OutboundMessage(String key, Channel channel, String template, String recipient, String address,
    Map<String, String> personalisation) {}
