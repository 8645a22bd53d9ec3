package cn.fundrisk.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A responsible unit (责任单位). Its code names its Camunda groups: unit-&lt;code&gt; and unit-&lt;code&gt;-head. */
@Entity
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private boolean defaultParticipant;
    private String contactEmail;
    private int sortOrder;
    private boolean active;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.active = true;
    }

    /** A unit the office adds to the list; it is active. */
    public Unit(String code, String name, UnitKind kind, boolean defaultParticipant, String contactEmail,
            int sortOrder) {
        this(code, name, kind);
        this.defaultParticipant = defaultParticipant;
        this.contactEmail = contactEmail;
        this.sortOrder = sortOrder;
    }

    /** The office's change of the unit; the code, which names its Camunda groups, never changes. */
    public void update(String name, UnitKind kind, boolean defaultParticipant, boolean active, String contactEmail) {
        this.name = name;
        this.kind = kind;
        this.defaultParticipant = defaultParticipant;
        this.active = active;
        this.contactEmail = contactEmail;
    }

    public static final String GROUP_PREFIX = "unit-";
    public static final String HEAD_SUFFIX = "-head";

    public static String staffGroup(String code) {
        return GROUP_PREFIX + code;
    }

    public static String headGroup(String code) {
        return GROUP_PREFIX + code + HEAD_SUFFIX;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public UnitKind getKind() { return kind; }
    public boolean isDefaultParticipant() { return defaultParticipant; }
    public String getContactEmail() { return contactEmail; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
}
