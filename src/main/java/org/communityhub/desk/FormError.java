package org.communityhub.desk;

/** A problem with what was typed: shown in the error summary (linking to the field) and beside the field. */
record FormError(String field, String message) {}
