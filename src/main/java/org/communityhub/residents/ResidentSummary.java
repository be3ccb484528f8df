package org.communityhub.residents;

/** A resident found by a search: their record's id and their details. */
public record ResidentSummary(long id, ResidentDetails details) {}
