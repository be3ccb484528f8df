package org.communityhub.partners;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataSharingAgreementRepository extends JpaRepository<DataSharingAgreement, Long> {}
