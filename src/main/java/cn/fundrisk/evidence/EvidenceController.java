package cn.fundrisk.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence files (佐证材料): a page per owner to list and upload them, downloads, and the same for
 * REST clients. The office, leaders and inspectors see every unit's files; a unit only its own.
 */
@Controller
public class EvidenceController {

    private final EvidenceFiles files;
    private final EvidenceOwners owners;
    private final long maxBytes;

    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public EvidenceController(EvidenceFiles files, EvidenceOwners owners,
            @Value("${fundrisk.evidence.max-bytes:20971520}") long maxBytes) {
        this.files = files;
        this.owners = owners;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/evidence/{ownerType}/{ownerId}")
    @Transactional(readOnly = true)
    public String page(@PathVariable String ownerType, @PathVariable Long ownerId,
            @RequestParam(required = false) String task, Model model) {
        EvidenceOwners.Owner owner = owners.visible(EvidenceOwners.type(ownerType), ownerId);
        return show(owner, taskId(task), model);
    }

    @PostMapping("/evidence/{ownerType}/{ownerId}")
    @Transactional
    public String upload(@PathVariable String ownerType, @PathVariable Long ownerId,
            @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
            @RequestParam(required = false) String task, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        EvidenceOwners.Owner owner = owners.visible(EvidenceOwners.type(ownerType), ownerId);
        String taskId = taskId(task);
        try {
            List<Evidence> saved = store(owner, uploads == null ? List.of() : uploads);
            redirect.addFlashAttribute("message", "已上传 " + saved.size() + " 个文件");
            return "redirect:" + withTask(Links.evidence(owner.type(), owner.id()), taskId);
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage() + "。未保存任何文件。");
            return show(owner, taskId, model);
        }
    }

    /**
     * The Tasklist task the page was opened from (a form's link carries it), for the page's 返回任务; only an
     * id's characters are kept, and it is only ever a link into Tasklist, which decides what the user may see.
     */
    static String taskId(String task) {
        return task != null && TASK_ID.matcher(task).matches() ? task : null;
    }

    private static String withTask(String url, String taskId) {
        return taskId == null ? url : url + "?task=" + taskId;
    }

    @GetMapping("/evidence/file/{id}")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> download(@PathVariable Long id) {
        Evidence evidence = files.findById(id).orElseThrow();
        owners.requireVisibleUnit(evidence.getCampaignUnitId());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, UploadRules.attachment(evidence.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(evidence.getContentType()))
                .contentLength(evidence.getContent().length)
                .body(evidence.getContent());
    }

    @GetMapping("/api/evidence")
    @ResponseBody
    @Transactional(readOnly = true)
    public List<EvidenceInfo> list(@RequestParam String ownerType, @RequestParam Long ownerId) {
        EvidenceOwners.Owner owner = owners.visible(EvidenceOwners.type(ownerType), ownerId);
        return files.infosOf(owner.type(), owner.id());
    }

    @PostMapping("/api/evidence/{ownerType}/{ownerId}")
    @ResponseBody
    @Transactional
    public ResponseEntity<EvidenceInfo> uploadOne(@PathVariable String ownerType, @PathVariable Long ownerId,
            @RequestParam(name = "file", required = false) MultipartFile upload) {
        EvidenceOwners.Owner owner = owners.visible(EvidenceOwners.type(ownerType), ownerId);
        List<MultipartFile> uploads = upload == null ? List.of() : List.of(upload);
        Evidence saved = store(owner, uploads).get(0);
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceInfo.of(saved));
    }

    /** Checks every file first, then stores them all: one bad file and none is saved. */
    private List<Evidence> store(EvidenceOwners.Owner owner, List<MultipartFile> uploads) {
        CurrentUser user = CurrentUser.get();
        if (owner.type() == Evidence.OwnerType.ACCOUNTABILITY && !user.isOffice()) {
            throw new AccessDeniedException("只有领导小组办公室可以为问责决定上传材料");
        }
        if (owner.type() == Evidence.OwnerType.SCORE_SHEET && !(user.isOffice() || user.isInspector())) {
            throw new AccessDeniedException("只有检查组或领导小组办公室可以为评分表上传材料");
        }
        if (owner.type() != Evidence.OwnerType.SCORE_SHEET && !(user.belongsTo(owner.unitCode()) || user.isOffice())) {
            // leaders and inspectors read units' materials; adding to them is the unit's (or the office's) work
            throw new AccessDeniedException("只有本单位人员或领导小组办公室可以上传该单位的材料，您可以查看和下载");
        }
        if (owner.locked()) {
            // approved or verified: its materials are part of what was approved, until the reviewer returns it
            throw InputRejectedException.locked();
        }
        List<MultipartFile> chosen = uploads.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .toList();
        if (chosen.isEmpty()) {
            throw new InputRejectedException(UploadRules.EMPTY + "，请选择要上传的文件");
        }
        List<UploadRules.Checked> checked = new ArrayList<>();
        for (MultipartFile upload : chosen) {
            if (upload.getSize() > maxBytes) {
                throw new InputRejectedException(UploadRules.TOO_LARGE + "："
                        + UploadRules.cleanName(upload.getOriginalFilename()));
            }
            checked.add(UploadRules.check(upload.getOriginalFilename(), bytes(upload), maxBytes));
        }
        // a replayed upload (double click, retried call) or the same file twice: stored once
        java.util.Set<String> present = new java.util.HashSet<>();
        files.infosOf(owner.type(), owner.id()).forEach(info -> present.add(info.sha256()));
        for (UploadRules.Checked file : checked) {
            if (!present.add(file.sha256())) {
                throw new InputRejectedException(UploadRules.DUPLICATE + "：" + file.fileName());
            }
        }
        List<Evidence> saved = new ArrayList<>();
        for (UploadRules.Checked file : checked) {
            saved.add(files.save(new Evidence(owner.campaignUnitId(), owner.type(), owner.id(), file.fileName(),
                    file.contentType(), file.content(), file.sha256(), user.id(), Clock.now())));
        }
        return saved;
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String show(EvidenceOwners.Owner owner, String taskId, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("files", files.infosOf(owner.type(), owner.id()));
        model.addAttribute("accept", UploadRules.ACCEPT);
        model.addAttribute("allowed", UploadRules.ALLOWED_TEXT);
        model.addAttribute("unitUrl", Links.unit(owner.campaignUnitId()));
        model.addAttribute("uploadUrl", withTask(Links.evidence(owner.type(), owner.id()), taskId));
        model.addAttribute("taskUrl", taskId == null ? null : Links.TASKLIST_TASK + taskId);
        return "evidence";
    }
}
