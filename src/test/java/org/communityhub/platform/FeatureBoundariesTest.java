package org.communityhub.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * Package by feature (docs/architecture.md): features talk through each other's public services,
 * events and value types, never through repositories, components, controllers or delegates;
 * delegates call their own feature's services; transactions begin in services, not controllers.
 */
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

  /**
   * Another feature's beans that are not its services (matchers, listeners, controllers,
   * configuration, delegates) are its inside: nobody else calls them.
   */
  @ArchTest
  static final ArchRule featuresUseOnlyEachOthersServices = ArchRuleDefinition.classes()
      .that(insideAFeature())
      .should(new ArchCondition<JavaClass>("be used only by their own feature") {
        @Override
        public void check(JavaClass inside, ConditionEvents events) {
          inside.getDirectDependenciesToSelf().forEach(dependency -> {
            JavaClass origin = dependency.getOriginClass();
            if (!feature(origin).equals(feature(inside))) {
              events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
            }
          });
        }
      });

  @ArchTest
  static final ArchRule delegatesCallOnlyTheirOwnFeaturesServices = ArchRuleDefinition.classes()
      .that().implement(JavaDelegate.class).or().implement(ExecutionListener.class).or().implement(TaskListener.class)
      .should(new ArchCondition<JavaClass>("call only services of their own feature") {
        @Override
        public void check(JavaClass delegate, ConditionEvents events) {
          for (JavaMethodCall call : delegate.getMethodCallsFromSelf()) {
            JavaClass target = call.getTargetOwner();
            if (target.isAnnotatedWith(Service.class) && !feature(target).equals(feature(delegate))) {
              events.add(SimpleConditionEvent.violated(call, call.getDescription()));
            }
          }
        }
      });

  @ArchTest
  static final ArchRule controllersBeginNoTransactions = ArchRuleDefinition.classes()
      .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
      .should(new ArchCondition<JavaClass>("leave transactions to services") {
        @Override
        public void check(JavaClass controller, ConditionEvents events) {
          if (controller.isAnnotatedWith(Transactional.class)) {
            events.add(SimpleConditionEvent.violated(controller, controller.getName() + " is @Transactional"));
          }
          controller.getMethods().stream().filter(m -> m.isAnnotatedWith(Transactional.class)).forEach(m ->
              events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is @Transactional")));
        }
      });

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> insideAFeature() {
    return new com.tngtech.archunit.base.DescribedPredicate<>("are a feature's beans other than its services") {
      @Override
      public boolean test(JavaClass c) {
        boolean bean = c.isAnnotatedWith(Component.class) || c.isAnnotatedWith(RestController.class)
            || c.isAnnotatedWith(Controller.class) || c.isAnnotatedWith(Configuration.class);
        boolean processCode = c.isAssignableTo(JavaDelegate.class) || c.isAssignableTo(ExecutionListener.class)
            || c.isAssignableTo(TaskListener.class);
        return !feature(c).equals("platform") && (bean || processCode);
      }
    };
  }

  /** The feature a class belongs to: the package right under org.communityhub. */
  private static String feature(JavaClass c) {
    String name = c.getPackageName();
    String rest = name.length() > "org.communityhub.".length() ? name.substring("org.communityhub.".length()) : "";
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
