package org.communityhub.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.springframework.data.repository.Repository;

/** Package by feature: features talk through services, never through each other's repositories. */
@AnalyzeClasses(packages = "org.communityhub", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureBoundariesTest {

  @ArchTest
  static final ArchRule repositoriesAreUsedOnlyInsideTheirFeature = ArchRuleDefinition.classes()
      .that().areAssignableTo(Repository.class)
      .should(new ArchCondition<JavaClass>("be accessed only from their own feature package") {
        @Override
        public void check(JavaClass repository, ConditionEvents events) {
          for (JavaAccess<?> access : repository.getAccessesToSelf()) {
            JavaClass origin = access.getOriginOwner();
            if (!origin.getPackageName().equals(repository.getPackageName())) {
              events.add(SimpleConditionEvent.violated(access, origin.getName() + " uses " + repository.getName()));
            }
          }
        }
      });

  @ArchTest
  static final ArchRule featuresHaveNoCycles = slices().matching("org.communityhub.(*)..").should().beFreeOfCycles();
}
