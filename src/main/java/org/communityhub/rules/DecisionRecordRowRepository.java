package org.communityhub.rules;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRecordRowRepository extends JpaRepository<DecisionRecordRow, Long> {}
