package cn.fundrisk.accountability;

/**
 * A 问责 decision as the office enters it (task form entry or REST body): target is empty or "UNIT" for
 * the unit, or a problem's id; method one of {@link Accountability.Method}; decidedOn YYYY-MM-DD.
 */
public record AccountabilityInput(String target, String method, String basis, String decidedOn, String decidedBy,
        String note) {
}
