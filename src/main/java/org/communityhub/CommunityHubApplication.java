package org.communityhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CommunityHubApplication {

  public static void main(String[] args) {
    SpringApplication.run(CommunityHubApplication.class, args);
  }
}
