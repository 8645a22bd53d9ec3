package cn.fundrisk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FundRiskCampaignApplication {

    public static void main(String[] args) {
        SpringApplication.run(FundRiskCampaignApplication.class, args);
    }
}
