package cn.fundrisk.process;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.NestedTestConfiguration;

/**
 * The variable attacks (issue 12) on PostgreSQL: the engine's and our tables as production keeps them.
 * One application for all nested classes, closed with this class.
 */
@AttacksOnPostgres
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineSurfacePostgresTest {

    @Autowired ApplicationContext context;
    @LocalServerPort int port;
    EngineSurfaceAttacks attacks;

    @BeforeAll
    void world() {
        attacks = new EngineSurfaceAttacks(new AttackWorld(context, port));
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnPostgres
    class ExtraOrOverriddenVariables {
        @Test
        void refusedOnBothRestPathsAndOnTheTask() {
            attacks.extraVariablesAreRefused();
            attacks.variablesSetOnTheTaskAreRefused();
            attacks.elementVariablesAreTheEngines();
            attacks.theDeclaredFieldsStillComplete();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnPostgres
    class TaskEdits {
        @Test
        void refused() {
            attacks.taskEditsAreRefused();
            attacks.claimsForOthersStayInTheUnit();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnPostgres
    class FileBytesObjectVariables {
        @Test
        void refused() {
            attacks.fileBytesAndObjectVariablesAreRefused();
        }
    }
}
