package cn.fundrisk.checklist;

import java.util.ArrayList;
import java.util.List;

import cn.fundrisk.identity.UnitKind;
import jakarta.persistence.Embeddable;

/** Which kinds of responsible unit an item applies to (the 责任单位 column of the table). */
@Embeddable
public class Applicability {

    private boolean appliesAgency;
    private boolean appliesCounty;
    private boolean appliesInfoCentre;
    private boolean appliesBureau;

    protected Applicability() {
    }

    public Applicability(boolean agency, boolean county, boolean infoCentre, boolean bureau) {
        this.appliesAgency = agency;
        this.appliesCounty = county;
        this.appliesInfoCentre = infoCentre;
        this.appliesBureau = bureau;
    }

    public boolean appliesTo(UnitKind kind) {
        return switch (kind) {
            case AGENCY -> appliesAgency;
            case COUNTY -> appliesCounty;
            case INFO_CENTRE -> appliesInfoCentre;
            case BUREAU -> appliesBureau;
        };
    }

    public List<UnitKind> kinds() {
        List<UnitKind> kinds = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            if (appliesTo(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    public Applicability copy() {
        return new Applicability(appliesAgency, appliesCounty, appliesInfoCentre, appliesBureau);
    }
}
