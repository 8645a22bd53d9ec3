package cn.fundrisk.architecture;

import java.util.Set;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;

import cn.fundrisk.FundRiskCampaignApplication;

/**
 * The compiled classes of src/main, found from the application class: ArchUnit reads that one
 * directory instead of searching every jar of the test classpath for the package (seconds saved).
 */
final class MainClasses implements LocationProvider {

    @Override
    public Set<Location> get(Class<?> testClass) {
        return Set.of(Location.of(FundRiskCampaignApplication.class.getProtectionDomain().getCodeSource().getLocation()));
    }
}
