package cn.fundrisk.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * fundrisk.incompatible-groups: pairs of group patterns no user may belong to both of (不相容岗位),
 * each with the reason users are told. "{code}" stands for a unit's code and must be the same unit
 * on both sides; a pattern without it is a fixed group id. The defaults are in application.yaml.
 */
@ConfigurationProperties("fundrisk")
public record IncompatibleGroupsProperties(List<Rule> incompatibleGroups) {

    public IncompatibleGroupsProperties {
        incompatibleGroups = incompatibleGroups == null ? List.of() : List.copyOf(incompatibleGroups);
    }

    /** Two group patterns, e.g. ["unit-{code}", "unit-{code}-head"], and why they exclude each other. */
    public record Rule(List<String> groups, String reason) {
    }
}
