package cn.fundrisk.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import cn.fundrisk.support.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The attack classes' application on a fresh embedded PostgreSQL database (EngineSurfacePostgresTest). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.authorization.enabled=true")
@ActiveProfiles("test")
@ContextConfiguration(initializers = AttacksOnPostgres.Database.class)
@interface AttacksOnPostgres {

    /** A new database on the JVM's embedded server, named here so that every nested class gets the same context. */
    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("attacks-postgres", Map.of(
                    "spring.datasource.url", PostgresForTests.freshDatabase("fundrisk_attacks"),
                    "spring.datasource.username", PostgresForTests.USER,
                    "spring.datasource.password", PostgresForTests.PASSWORD)));
        }
    }
}
