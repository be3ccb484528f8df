package org.communityhub.area;

/**
 * Whether a postcode is in the council area; if not, where to signpost the resident.
 *
 * @param district the postcode district, e.g. WA10
 * @param signpostCouncil for out-of-area postcodes, the council to contact
 * @param signpostWebsite that council's website
 */
public record AreaCheck(String district, boolean inArea, String signpostCouncil, String signpostWebsite) {}
