package cn.fundrisk.process;

import static cn.fundrisk.process.AttackWorld.LDJ_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.fundrisk.identity.SecurityAnswers;
import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.support.HttpClientForTests.Answer;
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
 * Every attack class of issue 12 as a unit's user over real HTTP with authorization on (H2): the
 * variable attacks (also on PostgreSQL, EngineSurfacePostgresTest), cross-site requests and framing,
 * locked records, passwords and lockout, the reviewer not offered his own work, refusals in the trail,
 * the cases that held, and the walk of every mapped path without a login. Nested classes share this
 * class's application, closed with it.
 */
@AttacksOnH2
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineSurfaceH2Test {

    @Autowired ApplicationContext context;
    @LocalServerPort int port;
    AttackWorld world;
    EngineSurfaceAttacks attacks;

    @BeforeAll
    void world() {
        world = new AttackWorld(context, port);
        attacks = new EngineSurfaceAttacks(world);
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
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
    @AttacksOnH2
    class TaskEdits {
        @Test
        void refused() {
            attacks.taskEditsAreRefused();
            attacks.claimsForOthersStayInTheUnit();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
    class FileBytesObjectVariables {
        @Test
        void refused() {
            attacks.fileBytesAndObjectVariablesAreRefused();
        }

        @Test
        void objectVariablesOfForeignTypesAreNotDeserialized() {
            new OtherAttacks(world).foreignObjectTypeIsNotDeserialized();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
    class CrossSiteRequestsAndFraming {
        @Test
        void crossSiteRequestsAreRefused() {
            new OtherAttacks(world).crossSiteRequestsAreRefused();
        }

        @Test
        void sessionsNeedTheCsrfToken() throws Exception {
            new OtherAttacks(world).sessionsNeedTheCsrfToken(port);
        }

        @Test
        void pagesCannotBeFramed() {
            new OtherAttacks(world).pagesCannotBeFramed();
        }

        @Test
        void theOfficeIsNoAdministratorAndCannotDeploy() {
            new OtherAttacks(world).deploymentsAreForTheDeploymentAccount();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
    class LockedRecords {
        @Test
        void evidenceAndStaffingOfApprovedRecordsAreRefused() {
            new OtherAttacks(world).lockedRecordsRefuseAdditions();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
    class PasswordsAndLockout {
        @Test
        void weakPasswordsAreRefusedInChinese() {
            new OtherAttacks(world).weakPasswordsAreRefused();
        }

        @Test
        void wrongPasswordsDelayButDoNotLockForGood() {
            new OtherAttacks(world).lockoutExpiresOrIsUnlocked(context);
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
    class ReviewerNotOfferedOwnWork {
        @Test
        void theScorerDoesNotSeeOrClaimTheReview() {
            new OtherAttacks(world).scorerIsNotOfferedTheReview();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
    class RefusalsTraced {
        @Test
        void forbiddenAndNotFoundAreOneRowEach() {
            new OtherAttacks(world).refusalsAreTraced();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
    class WhatHeld {
        @Test
        void otherUnitsIdsDeployStartSuspendStayRefused() {
            new OtherAttacks(world).whatHeldStillHolds();
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @AttacksOnH2
    class AnonymousRequests {
        @Test
        void everyMappedPathAndStaticFileIsClosedUnlessPublic() throws Exception {
            new MappingWalk(context, world.http).everyPathIsClosedUnlessPublic();
        }

        @Test
        void theGateAnswersInChinese() {
            Answer api = world.http.get(null, "/api/campaigns");
            assertThat(api.status()).isEqualTo(401);
            assertThat(api.problem(ApiProblem.LOGIN_REQUIRED)).isEqualTo("请先登录");
            assertThat(api.header("WWW-Authenticate")).startsWith("Basic");
            Answer page = world.http.getPage(null, "/dashboard");
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.header("Location")).endsWith("/login");
            Answer login = world.http.getPage(null, "/login");
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.raw()).contains("登录", "用户名", "密码");
            Answer crossSite = world.http.sendWith(LDJ_STAFF, "PUT", "/api/reminders/opt-out", null,
                    Map.of("Origin", "http://attacker.example"));
            assertThat(crossSite.status()).isEqualTo(403);
            assertThat(crossSite.problem(ApiProblem.ACCESS_DENIED)).isEqualTo(SecurityAnswers.CROSS_SITE);
        }

        @Test
        void whatTheLoginPageLoadsIsOpenSoNoScriptBecomesThePageAfterTheLogin() {
            assertThat(world.http.getPage(null, "/login").raw()).contains("/js/tables.js", "/favicon.ico");
            Answer script = world.http.getPage(null, "/js/tables.js");
            assertThat(script.status()).isEqualTo(200);
            assertThat(script.header("Content-Type")).contains("javascript");
            assertThat(world.http.getPage(null, "/favicon.ico").status()).isEqualTo(200);
            assertThat(world.http.getPage(null, "/js/no-such-file.js").status()).as("nothing else opens").isEqualTo(404);
            assertThat(world.http.getPage(null, "/checklist").status()).as("the checklist page needs a login")
                    .isEqualTo(302);
        }
    }
}
