package cn.fundrisk.api;

/** The HTTP flow on the test profile's in-memory H2. */
class CampaignApiFlowH2Test extends CampaignApiFlowTestBase {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
