package cn.fundrisk.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application the attack classes share on H2 (EngineSurfaceH2Test and its nested classes,
 * each of which names this same configuration, so Spring hands them the same context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fundrisk-attacks;DB_CLOSE_DELAY=-1", "camunda.bpm.authorization.enabled=true" })
@ActiveProfiles("test")
@interface AttacksOnH2 {
}
