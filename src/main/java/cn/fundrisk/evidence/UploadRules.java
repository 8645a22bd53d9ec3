package cn.fundrisk.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.fundrisk.process.InputRejectedException;

/**
 * What an evidence file may be: an office document, a PDF or a picture, at most 20 MB, whose
 * content is what its extension says (checked by its first bytes). Pure logic, no Spring.
 */
public final class UploadRules {

    public static final String EMPTY = "文件为空";
    public static final String MISMATCH = "文件内容与扩展名不符";
    public static final String TOO_LARGE = "文件过大，单个文件不得超过 20MB";
    public static final int MAX_NAME_LENGTH = 255;
    public static final String DUPLICATE = "该材料已上传过（内容相同），未重复保存";

    private static final byte[] PDF = { '%', 'P', 'D', 'F' };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };
    private static final byte[] GIF = { 'G', 'I', 'F', '8' };

    private record Kind(String contentType, byte[] magic) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("pdf", new Kind("application/pdf", PDF));
        KINDS.put("doc", new Kind("application/msword", OLE2));
        KINDS.put("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP));
        KINDS.put("xls", new Kind("application/vnd.ms-excel", OLE2));
        KINDS.put("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP));
        KINDS.put("ppt", new Kind("application/vnd.ms-powerpoint", OLE2));
        KINDS.put("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP));
        KINDS.put("wps", new Kind("application/wps-office.wps", OLE2));
        KINDS.put("et", new Kind("application/wps-office.et", OLE2));
        KINDS.put("jpg", new Kind("image/jpeg", JPEG));
        KINDS.put("jpeg", new Kind("image/jpeg", JPEG));
        KINDS.put("png", new Kind("image/png", PNG));
        KINDS.put("gif", new Kind("image/gif", GIF));
    }

    /** For the file input's accept attribute: ".pdf,.doc,...". */
    public static final String ACCEPT = "." + String.join(",.", KINDS.keySet());
    /** For messages: "pdf、doc、...". */
    public static final String ALLOWED_TEXT = String.join("、", KINDS.keySet());

    private UploadRules() {
    }

    /** A checked file, ready to store. */
    public record Checked(String fileName, String contentType, byte[] content, String sha256) {
    }

    /**
     * Checks one uploaded file; throws {@link InputRejectedException} with a Chinese message naming
     * the file when it is empty, too large, of a type not allowed, or not what its extension says.
     */
    public static Checked check(String originalName, byte[] content, long maxBytes) {
        String name = cleanName(originalName);
        if (content == null || content.length == 0) {
            throw new InputRejectedException(name.isEmpty() ? EMPTY + "，请选择要上传的文件" : EMPTY + "：" + name);
        }
        if (content.length > maxBytes) {
            throw new InputRejectedException(TOO_LARGE + "：" + name);
        }
        Kind kind = KINDS.get(extension(name));
        if (kind == null) {
            throw new InputRejectedException("不支持的文件类型：" + (name.isEmpty() ? "（无文件名）" : name)
                    + "，仅限 " + ALLOWED_TEXT);
        }
        if (!startsWith(content, kind.magic())) {
            throw new InputRejectedException(MISMATCH + "：" + name);
        }
        return new Checked(name, kind.contentType(), content, sha256(content));
    }

    /** Whether the content starts as files with this extension do; false for unknown extensions. */
    public static boolean contentMatches(String extension, byte[] content) {
        Kind kind = KINDS.get(extension == null ? "" : extension.toLowerCase(Locale.ROOT));
        return kind != null && content != null && startsWith(content, kind.magic());
    }

    public static boolean allowed(String extension) {
        return extension != null && KINDS.containsKey(extension.toLowerCase(Locale.ROOT));
    }

    /** Lower-case extension after the last dot, or "" when there is none. */
    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name without any client path, control characters or surrounding blanks, at most 255 characters. */
    public static String cleanName(String originalName) {
        if (originalName == null) {
            return "";
        }
        String name = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_NAME_LENGTH) {
            String extension = extension(name);
            int keep = MAX_NAME_LENGTH - extension.length() - 1;
            name = extension.isEmpty() || keep < 1 ? name.substring(0, MAX_NAME_LENGTH)
                    : name.substring(0, keep) + "." + extension;
        }
        return name;
    }

    /** Content-Disposition for a download: attachment; filename*=UTF-8''&lt;RFC 5987 percent-encoded name&gt;. */
    public static String attachment(String fileName) {
        return "attachment; filename*=UTF-8''" + percentEncode(fileName);
    }

    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
