package org.communityhub.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AreaDistrictRepository extends JpaRepository<AreaDistrict, String> {

  @Query(value = "select neighbour_code from area_district_neighbour where district_code = :code order by neighbour_code",
      nativeQuery = true)
  List<String> findNeighbourCodes(String code);
}
