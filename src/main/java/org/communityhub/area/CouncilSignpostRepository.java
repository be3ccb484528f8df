package org.communityhub.area;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilSignpostRepository extends JpaRepository<CouncilSignpost, String> {}
