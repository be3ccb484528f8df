package org.communityhub.askforhelp;

/** A problem with an answer: in the error summary (linking to the field) and beside the field. */
record AnswerError(String field, String message) {}
