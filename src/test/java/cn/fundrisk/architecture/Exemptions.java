package cn.fundrisk.architecture;

import java.util.Map;
import java.util.TreeMap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The classes allowed what the module rules forbid the rest, each with its reason. */
final class Exemptions {

    private static final String PLUGIN = "a process engine plugin: ProcessEnginePlugin, AbstractProcessEnginePlugin and "
            + "ProcessEngineConfigurationImpl are the engine's only plugin API (impl.cfg)";

    /** Top-level classes of src/main that may use {@code org.camunda.bpm.engine.impl..}, and why. */
    static final Map<String, String> ENGINE_INTERNALS = new TreeMap<>(Map.ofEntries(
            Map.entry("cn.fundrisk.identity.AdministratorAccount", PLUGIN),
            Map.entry("cn.fundrisk.identity.EngineHardening", PLUGIN),
            Map.entry("cn.fundrisk.identity.IncompatibleRolesPlugin", PLUGIN + "; registers the identity provider's session factory"),
            Map.entry("cn.fundrisk.process.InputRejectionPlugin", PLUGIN + "; adds a command interceptor"),
            Map.entry("cn.fundrisk.process.JobDueDateIndex", PLUGIN),
            Map.entry("cn.fundrisk.process.TaskAssignmentRule", PLUGIN + "; a BPMN parse listener (impl.bpmn.parser)"),
            Map.entry("cn.fundrisk.identity.AdministratorAuthorizations",
                    "configures the engine's own AdministratorAuthorizationPlugin (impl.plugin)"),
            Map.entry("cn.fundrisk.identity.IncompatibleRolesIdentityProvider",
                    "extends the engine's database identity provider (DbIdentityServiceProvider), the SPI for a write rule on memberships"),
            Map.entry("cn.fundrisk.identity.DemoUsers",
                    "demo users are saved past the password policy: IdentityServiceImpl.saveUser(user, true) has no public twin"),
            Map.entry("cn.fundrisk.process.Actors",
                    "impl.identity.Authentication is the type the public IdentityService.getCurrentAuthentication() returns"),
            Map.entry("cn.fundrisk.process.Clock", "the engine's clock (ClockUtil), so our timestamps agree with its timers"),
            Map.entry("cn.fundrisk.process.DemoCampaign", "moves the engine's clock back (ClockUtil) to write the demo's history"),
            Map.entry("cn.fundrisk.monitoring.NodeJobExecutorHealthIndicator",
                    "the job executor's state (impl.jobexecutor.JobExecutor) has no public API")));

    /** Classes outside identity that may use {@code org.springframework.security..}, and why. */
    static final Map<String, String> SECURITY = new TreeMap<>(Map.of(
            "cn.fundrisk.process.EngineRequestGate",
            "the gate's filter for /engine-rest: hands the signed-in user to the engine",
            "cn.fundrisk.audit.RefusalTrail",
            "the gate's filter that traces every refusal, with the signed-in user",
            "cn.fundrisk.process.ApiExceptionHandler",
            "the /api error answers: lets the gate's own exceptions through to Spring Security, which answers them"));

    private Exemptions() {
    }

    static DescribedPredicate<JavaClass> listedIn(Map<String, String> list) {
        return DescribedPredicate.describe("are listed (" + String.join(", ", list.keySet()) + ")",
                type -> list.containsKey(type.getName()));
    }

    /** Neither a listed class nor one nested in it. */
    static DescribedPredicate<JavaClass> notListedIn(Map<String, String> list) {
        return DescribedPredicate.describe("are not listed",
                type -> !list.containsKey(topLevelName(type)));
    }

    /** Has at least one dependency on a class of the package or its subpackages. */
    static ArchCondition<JavaClass> dependOnPackage(String packageName) {
        return new ArchCondition<>("depend on " + packageName + "..") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean uses = type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith(packageName));
                events.add(new SimpleConditionEvent(type, uses, type.getName()
                        + (uses ? " depends on " : " no longer depends on ") + packageName + ".., so drop its exemption"));
            }
        };
    }

    private static String topLevelName(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
