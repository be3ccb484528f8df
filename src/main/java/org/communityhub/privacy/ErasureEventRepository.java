package org.communityhub.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureEventRepository extends JpaRepository<ErasureEvent, Long> {}
