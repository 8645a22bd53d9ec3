package cn.fundrisk.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At every start, every unit of the unit table has its Camunda groups unit-&lt;code&gt; (经办人员) and
 * unit-&lt;code&gt;-head (单位负责人), so that its tasks have someone to go to from the first campaign on
 * (the units loaded by the migrations included); existing groups are left as they are; with a
 * read-only directory (LDAP) the directory owns them and the units page warns while they are missing.
 * The demo and test profiles also give units without a contact address a made-up one.
 */
@Component
public class UnitGroups {

    private static final Logger LOG = LoggerFactory.getLogger(UnitGroups.class);

    private final Units units;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final boolean demoContacts;

    public UnitGroups(Units units, IdentityService identityService, JdbcTemplate jdbc,
            @Value("${fundrisk.demo.contact-addresses:false}") boolean demoContacts) {
        this.units = units;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.demoContacts = demoContacts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void ensure() {
        if (demoContacts) {
            jdbc.update("UPDATE unit SET contact_email = code || '@fundrisk.example' WHERE contact_email IS NULL");
        }
        if (identityService.isReadOnly()) {
            return;
        }
        List<Unit> all = units.findAll();
        int created = 0;
        for (Unit unit : all) {
            created += create(Unit.staffGroup(unit.getCode()), unit.getName() + UnitDirectory.STAFF_SUFFIX);
            created += create(Unit.headGroup(unit.getCode()), unit.getName() + UnitDirectory.HEAD_SUFFIX);
        }
        if (created > 0) {
            LOG.info("Created {} missing unit groups for the {} units of the unit table", created, all.size());
        }
    }

    private int create(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return 0;
        }
        BaseGroups.create(identityService, id, name, UnitDirectory.UNIT_GROUP_TYPE);
        return 1;
    }
}
