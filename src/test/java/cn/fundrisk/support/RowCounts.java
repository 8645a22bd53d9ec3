package cn.fundrisk.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rows in every table of the schema (ours and Camunda's ACT_ tables), counted exactly. */
public final class RowCounts {

    private final JdbcTemplate jdbc;

    public RowCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> now() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema and table_type = 'BASE TABLE' "
                + "and lower(table_name) <> 'fundrisk_schema_history' order by table_name", String.class);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table.toLowerCase(), jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return counts;
    }

    public static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows added per table between two counts. */
    public static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> added = new TreeMap<>();
        after.forEach((table, n) -> {
            long diff = n - before.getOrDefault(table, 0L);
            if (diff != 0) {
                added.put(table, diff);
            }
        });
        return added;
    }
}
