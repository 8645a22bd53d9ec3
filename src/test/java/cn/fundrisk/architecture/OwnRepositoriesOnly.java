package cn.fundrisk.architecture;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * A class may depend on repositories of its own feature only. A repository is a Spring Data
 * repository or a class annotated {@code @Repository}. One violation per class and repository
 * (not per call), so that moving a line does not make it new.
 */
final class OwnRepositoriesOnly extends ArchCondition<JavaClass> {

    OwnRepositoriesOnly() {
        super("use only the repositories of their own feature");
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        Optional<String> own = FeatureGraph.featureOf(type);
        SortedSet<String> foreign = new TreeSet<>();
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            Optional<String> feature = FeatureGraph.featureOf(target);
            if (isRepository(target) && feature.isPresent() && !feature.equals(own)) {
                foreign.add(target.getName());
            }
        }
        for (String repository : foreign) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + " uses the repository " + repository));
        }
        if (foreign.isEmpty()) {
            events.add(SimpleConditionEvent.satisfied(type, type.getName() + " uses only its own feature's repositories"));
        }
    }

    /**
     * By name, not by loading Spring Data: ArchUnit imports only our classes (archunit.properties),
     * so a Spring Data interface is known by its name and package, not by its own supertypes.
     */
    static boolean isRepository(JavaClass type) {
        return type.isAnnotatedWith(org.springframework.stereotype.Repository.class)
                || type.getAllRawInterfaces().stream().anyMatch(OwnRepositoriesOnly::isSpringDataRepository);
    }

    private static boolean isSpringDataRepository(JavaClass type) {
        return type.getPackageName().startsWith("org.springframework.data") && type.getSimpleName().endsWith("Repository");
    }
}
