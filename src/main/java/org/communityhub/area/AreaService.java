package org.communityhub.area;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council area: which postcode districts it covers and which districts border which. */
@Service
@Transactional(readOnly = true)
public class AreaService {

  private final AreaDistrictRepository districts;
  private final CouncilSignpostRepository signposts;
  private final String findYourCouncilUrl;

  AreaService(AreaDistrictRepository districts, CouncilSignpostRepository signposts,
      SignpostSettings signpost) {
    this.districts = districts;
    this.signposts = signposts;
    this.findYourCouncilUrl = signpost.findYourCouncilUrl().toString();
  }

  public AreaCheck check(String postcode) {
    String district = Postcodes.district(postcode);
    if (districts.existsById(district)) {
      return new AreaCheck(district, true, null, null);
    }
    return signposts.findById(district)
        .or(() -> signposts.findById(Postcodes.area(postcode)))
        .map(s -> new AreaCheck(district, false, s.getCouncilName(), s.getWebsite()))
        .orElse(new AreaCheck(district, false, "your local council", findYourCouncilUrl));
  }

  /** Whether this postcode district (e.g. WA10) is one of the council area's. */
  public boolean isDistrict(String code) {
    return code != null && districts.existsById(code);
  }

  /** Every district of the council area, by code. */
  public List<String> districtCodes() {
    return districts.findAll().stream().map(AreaDistrict::getCode).sorted().toList();
  }

  /** "Central St Helens (WA10)": how a district is named to volunteers and staff. */
  public String label(String code) {
    return districts.findById(code).map(d -> d.getName() + " (" + d.getCode() + ")").orElse(code);
  }

  /** Districts bordering this one, for widening a search outwards. */
  public List<String> neighboursOf(String district) {
    return districts.findNeighbourCodes(district);
  }
}
