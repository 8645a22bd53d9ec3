package cn.fundrisk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.process.InputRejectedException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit list (our unit table) and who is in each unit's Camunda groups. The office edits the
 * list here; users and memberships stay in Camunda (Admin webapp, REST, or the LDAP directory).
 * Group members are read with {@link AccessRules#asEngine}: who may see them is decided by the
 * callers' checks, not by each viewer's engine permissions.
 */
@Component
public class UnitDirectory {

    public static final String ONLY_OFFICE = "仅领导小组办公室可以维护单位名单";
    public static final String NO_ACCESS = "无权查看单位与人员：仅领导小组办公室、领导和检查评估人员可以查看";
    static final String CODE_EXISTS = "单位编码已存在：";
    static final String STAFF_SUFFIX = " 经办人员";
    static final String HEAD_SUFFIX = " 单位负责人";
    static final String UNIT_GROUP_TYPE = "UNIT";
    static final int MAX_MEMBERS = 500;
    public static final String ADMIN_GROUPS = "/camunda/app/admin/default/#/groups";
    static final String ADMIN_GROUP = "/camunda/app/admin/default/#/groups/";
    private static final Pattern CODE = Pattern.compile("[a-z0-9]{2,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int SORT_STEP = 10;

    private final Units units;
    private final IdentityService identityService;
    private final AccessRules accessRules;
    private final CampaignUnits campaignUnits;

    public UnitDirectory(Units units, IdentityService identityService, AccessRules accessRules,
            CampaignUnits campaignUnits) {
        this.campaignUnits = campaignUnits;
        this.units = units;
        this.identityService = identityService;
        this.accessRules = accessRules;
    }

    /** What the office submits: POST takes all fields but active, PUT all but code (null booleans: unchanged). */
    public record UnitInput(String code, String name, String kind, Boolean defaultParticipant, Boolean active,
            String contactEmail) {
    }

    /** A unit as everyone may read it: its fields and how many users its two groups have. */
    public record UnitSummary(String code, String name, UnitKind kind, String kindLabel, boolean defaultParticipant,
            boolean active, String contactEmail, int sortOrder, String staffGroup, boolean staffGroupExists,
            long staffCount, String headGroup, boolean headGroupExists, long headCount) {
    }

    /** A user in a group, by display name (姓名) and id. */
    public record Member(String id, String name) {
    }

    /** A Camunda group and its members; exists is false when no group has the id. */
    public record GroupView(String id, String name, boolean exists, List<Member> members) {

        public boolean missing() {
            return !exists;
        }

        public boolean empty() {
            return exists && members.isEmpty();
        }

        /** The group in Camunda Admin, where its members are managed. */
        public String adminUrl() {
            return ADMIN_GROUP + id;
        }
    }

    /** A row of the units page: the unit and the members of its staff and head groups. */
    public record UnitRow(String code, String name, UnitKind kind, String kindLabel, boolean defaultParticipant,
            boolean active, String contactEmail, int sortOrder, GroupView staff, GroupView head) {
    }

    @Transactional(readOnly = true)
    public List<UnitSummary> summaries() {
        List<Unit> all = units.findAllByOrderBySortOrderAscCodeAsc();
        return accessRules.asEngine(() -> {
            Set<String> existing = existingGroups(all);
            return all.stream().map(u -> summary(u, existing)).toList();
        });
    }

    @Transactional(readOnly = true)
    public UnitSummary summary(String code) {
        Unit unit = units.findByCode(code).orElseThrow(NoSuchElementException::new);
        return accessRules.asEngine(() -> summary(unit, existingGroups(List.of(unit))));
    }

    /** Every unit with its groups' members; callers check that the viewer sees all units. */
    @Transactional(readOnly = true)
    public List<UnitRow> rows() {
        List<Unit> all = units.findAllByOrderBySortOrderAscCodeAsc();
        return accessRules.asEngine(() -> {
            Map<String, Group> groups = groups(all.stream()
                    .flatMap(u -> Stream.of(Unit.staffGroup(u.getCode()), Unit.headGroup(u.getCode()))).toList());
            return all.stream().map(u -> new UnitRow(u.getCode(), u.getName(), u.getKind(), u.getKind().label(),
                    u.isDefaultParticipant(), u.isActive(), u.getContactEmail(), u.getSortOrder(),
                    group(Unit.staffGroup(u.getCode()), groups), group(Unit.headGroup(u.getCode()), groups))).toList();
        });
    }

    /** The office's, the leaders' and the inspectors' groups with their members. */
    public List<GroupView> campaignWideGroups() {
        return accessRules.asEngine(() -> {
            List<String> ids = List.of(Groups.OFFICE, Groups.LEADERS, Groups.INSPECTORS);
            Map<String, Group> groups = groups(ids);
            return ids.stream().map(id -> group(id, groups)).toList();
        });
    }

    /** Whether Camunda can change users and groups (not with an LDAP directory). */
    public boolean directoryWritable() {
        return !identityService.isReadOnly();
    }

    /** Adds a unit and creates its groups unit-&lt;code&gt; and unit-&lt;code&gt;-head when missing. */
    @Transactional
    public UnitSummary create(UnitInput input, CurrentUser user) {
        user.requireOffice(ONLY_OFFICE);
        if (input == null) {
            throw new InputRejectedException("请求内容不能为空");
        }
        String code = code(input.code());
        String name = name(input.name());
        UnitKind kind = kind(input.kind());
        String email = email(input.contactEmail());
        if (units.findByCode(code).isPresent()) {
            throw new InputRejectedException(CODE_EXISTS + code);
        }
        Unit unit = new Unit(code, name, kind, Boolean.TRUE.equals(input.defaultParticipant()), email,
                units.maxSortOrder() + SORT_STEP);
        // flushed while the office is still the engine's user, so the audit trail names them
        units.saveAndFlush(unit);
        accessRules.asEngine(() -> {
            createGroupIfMissing(Unit.staffGroup(code), name + STAFF_SUFFIX);
            createGroupIfMissing(Unit.headGroup(code), name + HEAD_SUFFIX);
            return null;
        });
        return summary(code);
    }

    /**
     * Changes a unit's name, kind, default participation, active flag and contact email; the code
     * stays. Groups still named after the old name are renamed with it.
     */
    @Transactional
    public UnitSummary update(String code, UnitInput input, CurrentUser user) {
        user.requireOffice(ONLY_OFFICE);
        Unit unit = units.findByCode(code).orElseThrow(NoSuchElementException::new);
        if (input == null) {
            throw new InputRejectedException("请求内容不能为空");
        }
        if (input.code() != null && !input.code().strip().equals(code)) {
            throw new InputRejectedException("单位编码不能修改");
        }
        if (Boolean.FALSE.equals(input.active()) && unit.isActive()) {
            refuseWhileRunning(unit);
        }
        String oldName = unit.getName();
        String name = name(input.name());
        unit.update(name, kind(input.kind()),
                input.defaultParticipant() == null ? unit.isDefaultParticipant() : input.defaultParticipant(),
                input.active() == null ? unit.isActive() : input.active(), email(input.contactEmail()));
        units.saveAndFlush(unit);
        if (!oldName.equals(name)) {
            accessRules.asEngine(() -> {
                renameGroup(Unit.staffGroup(code), oldName + STAFF_SUFFIX, name + STAFF_SUFFIX);
                renameGroup(Unit.headGroup(code), oldName + HEAD_SUFFIX, name + HEAD_SUFFIX);
                return null;
            });
        }
        return summary(code);
    }

    /**
     * PATCH: changes only the fields given (null: unchanged); an empty contactEmail clears it. The
     * same checks as {@link #update}.
     */
    @Transactional
    public UnitSummary patch(String code, UnitInput input, CurrentUser user) {
        user.requireOffice(ONLY_OFFICE);
        Unit unit = units.findByCode(code).orElseThrow(NoSuchElementException::new);
        if (input == null) {
            throw new InputRejectedException("请求内容不能为空");
        }
        return update(code, new UnitInput(input.code(), input.name() == null ? unit.getName() : input.name(),
                input.kind() == null ? unit.getKind().name() : input.kind(), input.defaultParticipant(), input.active(),
                input.contactEmail() == null ? unit.getContactEmail() : input.contactEmail()), user);
    }

    /**
     * A unit with work in a running campaign stays active: its tasks, timers and scores belong to
     * that campaign, which needs it to the end (docs/bad-input.md). Deactivate it after the campaign.
     */
    private void refuseWhileRunning(Unit unit) {
        List<String> running = campaignUnits.runningCampaignsOf(unit.getCode());
        if (!running.isEmpty()) {
            throw new InputRejectedException("单位「" + unit.getName() + "」在进行中的专项工作中仍有工作，不能停用："
                    + String.join("、", running) + "；请待专项工作结束后再停用");
        }
    }

    static String code(String value) {
        String code = value == null ? "" : value.strip();
        if (code.isEmpty()) {
            throw new InputRejectedException("请填写单位编码");
        }
        if (!CODE.matcher(code).matches()) {
            throw new InputRejectedException("单位编码须为 2 至 30 位小写英文字母或数字");
        }
        return code;
    }

    static String name(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InputRejectedException("请填写单位名称");
        }
        if (name.length() > 100) {
            throw new InputRejectedException("单位名称不能超过 100 个字符");
        }
        return name;
    }

    static UnitKind kind(String value) {
        String kind = value == null ? "" : value.strip();
        if (kind.isEmpty()) {
            throw new InputRejectedException("请选择单位类型");
        }
        for (UnitKind k : UnitKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw new InputRejectedException("单位类型不正确，应为 " + Stream.of(UnitKind.values())
                .map(k -> k.name() + "（" + k.label() + "）").collect(Collectors.joining("、")) + " 之一");
    }

    static String email(String value) {
        String email = value == null ? "" : value.strip();
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > 200) {
            throw new InputRejectedException("联系邮箱不能超过 200 个字符");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InputRejectedException("联系邮箱格式不正确");
        }
        return email;
    }

    private UnitSummary summary(Unit u, Set<String> existing) {
        String staff = Unit.staffGroup(u.getCode());
        String head = Unit.headGroup(u.getCode());
        return new UnitSummary(u.getCode(), u.getName(), u.getKind(), u.getKind().label(), u.isDefaultParticipant(),
                u.isActive(), u.getContactEmail(), u.getSortOrder(), staff, existing.contains(staff),
                memberCount(staff), head, existing.contains(head), memberCount(head));
    }

    private Set<String> existingGroups(List<Unit> of) {
        return groups(of.stream().flatMap(u -> Stream.of(Unit.staffGroup(u.getCode()), Unit.headGroup(u.getCode())))
                .toList()).keySet();
    }

    private Map<String, Group> groups(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return identityService.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(Group::getId, Function.identity()));
    }

    private GroupView group(String id, Map<String, Group> groups) {
        Group group = groups.get(id);
        if (group == null) {
            return new GroupView(id, null, false, List.of());
        }
        List<Member> members = new ArrayList<>();
        for (User u : identityService.createUserQuery().memberOfGroup(id).orderByUserId().asc()
                .listPage(0, MAX_MEMBERS)) {
            members.add(new Member(u.getId(), displayName(u)));
        }
        return new GroupView(id, group.getName(), true, List.copyOf(members));
    }

    private long memberCount(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).count();
    }

    /** 姓名 as shown everywhere ({@link PersonNames#display}); the id when both names are empty. */
    static String displayName(User user) {
        return PersonNames.display(user.getFirstName(), user.getLastName(), user.getId());
    }

    private void createGroupIfMissing(String id, String name) {
        if (identityService.isReadOnly()) {
            return; // the directory (LDAP) owns the groups; the page warns while they are missing
        }
        BaseGroups.create(identityService, id, name, UNIT_GROUP_TYPE);
    }

    private void renameGroup(String id, String oldName, String newName) {
        if (identityService.isReadOnly()) {
            return;
        }
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group != null && oldName.equals(group.getName())) {
            group.setName(newName);
            identityService.saveGroup(group);
        }
    }
}
