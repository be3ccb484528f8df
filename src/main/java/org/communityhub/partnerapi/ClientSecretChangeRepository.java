package org.communityhub.partnerapi;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientSecretChangeRepository extends JpaRepository<ClientSecretChange, String> {}
