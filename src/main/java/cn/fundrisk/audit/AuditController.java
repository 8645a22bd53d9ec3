package cn.fundrisk.audit;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.identity.Groups;
import cn.fundrisk.identity.Unit;
import cn.fundrisk.identity.Units;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for the office (and the leaders) to read: filtered by unit, user and days,
 * newest first, as JSON, as an .xlsx export and as a page. A unit's staff and head read their own
 * unit's rows only; anyone else is refused.
 */
@Controller
public class AuditController {

    static final int MAX_EXPORT = 50_000;
    static final int MAX_PAGE_SIZE = 500;
    static final String NO_ACCESS = "无权查看操作记录";
    static final String NO_UNIT_ACCESS = "无权查看该单位的操作记录";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final AuditEntries entries;
    private final Units units;
    private final AuditLabels labels;

    public AuditController(AuditEntries entries, Units units, AuditLabels labels) {
        this.entries = entries;
        this.units = units;
        this.labels = labels;
    }

    /** One page of the trail and how many rows match in all. */
    public record AuditPage(int page, int size, long total, List<AuditRow> entries) {
    }

    @GetMapping("/api/audit")
    @ResponseBody
    @Transactional(readOnly = true)
    public AuditPage list(@RequestParam(required = false) String unit, @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        AuditFilter filter = filterFor(CurrentUser.get(), unit, user, from, to);
        checkPage(page, size);
        return new AuditPage(page, size, entries.count(filter), entries.page(filter, page, size));
    }

    @GetMapping("/api/audit/export.xlsx")
    @Transactional(readOnly = true)
    public void export(@RequestParam(required = false) String unit, @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        AuditFilter filter = filterFor(CurrentUser.get(), unit, user, from, to);
        String fileName = "操作记录-" + FILE_DAY.format(Clock.now().atZone(Clock.ZONE)) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        AuditWorkbook.write(entries, labels, filter, MAX_EXPORT, response.getOutputStream());
    }

    @GetMapping("/audit")
    @Transactional(readOnly = true)
    public String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Model model) {
        CurrentUser current = CurrentUser.get();
        AuditFilter filter = filterFor(current, unit, user, from, to);
        checkPage(page, size);
        long total = entries.count(filter);
        long pages = Math.max(1, (total + size - 1) / size);
        List<Unit> choices = units.findByActiveTrueOrderBySortOrder().stream()
                .filter(u -> seesAll(current) || current.unitCodes().contains(u.getCode())).toList();
        model.addAttribute("rows", entries.page(filter, page, size).stream().map(labels::label).toList());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("units", choices);
        model.addAttribute("unit", unit);
        model.addAttribute("user", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("prevUrl", page > 0 ? url("/audit", unit, user, from, to).queryParam("page", page - 1)
                .queryParam("size", size).toUriString() : null);
        model.addAttribute("nextUrl", page + 1 < pages ? url("/audit", unit, user, from, to)
                .queryParam("page", page + 1).queryParam("size", size).toUriString() : null);
        model.addAttribute("exportUrl", url("/api/audit/export.xlsx", unit, user, from, to).toUriString());
        model.addAttribute("maxExport", MAX_EXPORT);
        return "audit";
    }

    /**
     * The rows a user may read: the office and the leaders every row; a unit's staff and head their
     * units' rows (all of them when no unit is asked for); nobody else any.
     */
    static AuditFilter filterFor(CurrentUser user, String unit, String userId, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputRejectedException("起始日期不能晚于截止日期");
        }
        String code = unit == null || unit.isBlank() ? null : unit.strip();
        if (seesAll(user)) {
            return new AuditFilter(code == null ? null : List.of(code), userId, from, to);
        }
        List<String> own = user.unitCodes();
        if (own.isEmpty()) {
            throw new AccessDeniedException(NO_ACCESS);
        }
        if (code != null && !own.contains(code)) {
            throw new AccessDeniedException(NO_UNIT_ACCESS);
        }
        return new AuditFilter(code == null ? own : List.of(code), userId, from, to);
    }

    private static boolean seesAll(CurrentUser user) {
        return user.isOffice() || user.inGroup(Groups.LEADERS);
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InputRejectedException("页码不能小于 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InputRejectedException("每页条数须在 1 至 " + MAX_PAGE_SIZE + " 之间");
        }
    }

    private static UriComponentsBuilder url(String path, String unit, String user, LocalDate from, LocalDate to) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (unit != null && !unit.isBlank()) {
            builder.queryParam("unit", unit.strip());
        }
        if (user != null && !user.isBlank()) {
            builder.queryParam("user", user.strip());
        }
        if (from != null) {
            builder.queryParam("from", from);
        }
        if (to != null) {
            builder.queryParam("to", to);
        }
        return builder;
    }
}
