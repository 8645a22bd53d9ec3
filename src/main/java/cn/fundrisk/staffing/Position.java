package cn.fundrisk.staffing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The positions (岗位) a staff member may hold in the staffing table (附件2), a fixed vocabulary.
 * The Chinese name is what is stored, sent over the API and named by the rules in staffing_rule.
 */
public enum Position {
    BUSINESS("业务"),
    FINANCE("财务"),
    IT("信息"),
    ACCOUNTING("会计"),
    CASHIER("出纳"),
    BILLS("票据"),
    SEALS("印章"),
    BENEFIT_PAYMENT("待遇发放"),
    RATE_SETTING("费率核定"),
    AUDIT("稽核"),
    /** 基金监督: fund supervision (item 28: 县级人社局 有专人从事社保基金监管). */
    FUND_SUPERVISION("基金监督"),
    GENERAL("综合"),
    OTHER("其他");

    /** Separates the positions of one person in the table and in staff_member.positions. */
    public static final String SEPARATOR = "、";
    /** All names, for messages: 业务、财务、…、其他. */
    public static final String ALL_NAMES = Arrays.stream(values()).map(Position::label)
            .collect(Collectors.joining(SEPARATOR));

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The position with this Chinese name (surrounding blanks ignored). */
    public static Optional<Position> of(String label) {
        String name = label == null ? "" : label.strip();
        return Arrays.stream(values()).filter(p -> p.label.equals(name)).findFirst();
    }

    /** A name read from our own tables: unknown is a data error, not bad input. */
    static Position stored(String label) {
        return of(label).orElseThrow(() -> new IllegalStateException("Unknown position in the database: " + label));
    }

    static String join(List<Position> positions) {
        return positions.stream().map(Position::label).collect(Collectors.joining(SEPARATOR));
    }

    static List<Position> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(SEPARATOR)).map(Position::stored).toList();
    }
}
