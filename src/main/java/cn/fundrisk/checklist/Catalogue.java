package cn.fundrisk.checklist;

import java.util.List;
import java.util.stream.Collectors;

import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import org.springframework.stereotype.Service;

/**
 * The office's work on the assessment table before a campaign starts: completing a placeholder (an
 * item whose text the source lost), or marking it 不计分 with a reason, or taking that back. A campaign
 * cannot start while a placeholder is neither. Every change goes through JPA and so into the audit
 * trail. Runs in the caller's transaction; callers check that the user is the office.
 */
@Service
public class Catalogue {

    static final String ONLY_PLACEHOLDERS = "只能补全原文缺失的事项";
    static final String MAX_REASON = "不计分理由过长：最多 500 个字符，当前 %d 个";
    static final int MAX_REASON_LENGTH = 500;

    private final CatalogueItems items;

    public Catalogue(CatalogueItems items) {
        this.items = items;
    }

    public CatalogueItem complete(int itemNo, Completion.Request request, String user) {
        CatalogueItem item = item(itemNo);
        if (!item.isPlaceholder()) {
            throw new InputRejectedException(ONLY_PLACEHOLDERS);
        }
        item.complete(Completion.checked(request, item), user, Clock.now());
        return items.save(item);
    }

    public CatalogueItem markNotScored(int itemNo, String reason, String user) {
        CatalogueItem item = item(itemNo);
        if (!item.isPlaceholder()) {
            throw new InputRejectedException("只能对原文缺失、尚未补全的事项标记不计分");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InputRejectedException("请填写不计分的理由");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new InputRejectedException(String.format(MAX_REASON, text.length()));
        }
        item.markNotScored(text, user, Clock.now());
        return items.save(item);
    }

    public CatalogueItem withdrawNotScored(int itemNo) {
        CatalogueItem item = item(itemNo);
        if (item.getNotScoredReason() == null) {
            throw new InputRejectedException("第" + itemNo + "项未标记不计分");
        }
        item.withdrawNotScored();
        return items.save(item);
    }

    /** Placeholders neither completed nor marked 不计分. */
    public List<CatalogueItem> unresolved() {
        return items.findAllOrdered().stream().filter(CatalogueItem::isUnresolved).toList();
    }

    /** Refuses, in Chinese, to start a campaign while a placeholder is unresolved. */
    public void requireResolved() {
        List<CatalogueItem> open = unresolved();
        if (!open.isEmpty()) {
            throw new InputRejectedException(unresolvedMessage(open));
        }
    }

    static String unresolvedMessage(List<CatalogueItem> open) {
        return "考核表第" + open.stream().map(i -> i.getItemNo().toString()).collect(Collectors.joining("、"))
                + "项原文缺失，尚未补全：请领导小组办公室在“考核表”页面（/checklist）补全，"
                + "或标记为不计分并说明理由，然后再启动专项工作";
    }

    private CatalogueItem item(int itemNo) {
        return items.findById(itemNo).orElseThrow();
    }
}
