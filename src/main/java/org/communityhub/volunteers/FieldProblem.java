package org.communityhub.volunteers;

/** What is wrong with one field of a volunteer's details. */
public record FieldProblem(String field, String message) {}
