package cn.fundrisk.support;

import cn.fundrisk.checklist.Catalogue;
import cn.fundrisk.checklist.CatalogueItem;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Test profile only (found by component scan on the test classpath): when an application starts, the
 * office's decision that every placeholder of the table (items 7, 27, 29, text lost in the source) is
 * 不计分, as the office must decide before any campaign may start (checklist/Catalogue.requireResolved).
 * Tests start campaigns as the product runs them, with those items left out of the assessment; the
 * tests of the placeholder rules themselves withdraw the decision and restore it.
 * The demo profile takes its own decision (process/DemoCampaign); a production node (profile prod)
 * none: the cluster tests decide over the API like the office does.
 */
@Component
@Profile("test & !demo")
public class PlaceholdersSettled {

    public static final String OFFICE = "office-fixture";
    public static final String REASON = "原文缺失，领导小组办公室无从补全，本次专项工作不计分（测试环境）";

    private final Catalogue catalogue;

    public PlaceholdersSettled(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void settle() {
        for (CatalogueItem item : catalogue.unresolved()) {
            catalogue.markNotScored(item.getItemNo(), REASON, OFFICE);
        }
    }
}
