package cn.fundrisk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import cn.fundrisk.process.InputRejectedException;
import org.junit.jupiter.api.Test;

class UploadRulesTest {

    private static final long MAX = 20L * 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = { 'P', 'K', 3, 4, 20, 0 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1 };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] GIF = "GIF89a".getBytes(StandardCharsets.US_ASCII);

    @Test
    void acceptsEachAllowedTypeWithMatchingContent() {
        assertEquals("application/pdf", UploadRules.check("自查报告.pdf", PDF, MAX).contentType());
        assertEquals("application/msword", UploadRules.check("a.doc", OLE2, MAX).contentType());
        assertTrue(UploadRules.check("a.DOCX", ZIP, MAX).contentType().contains("wordprocessingml"));
        assertTrue(UploadRules.check("a.xlsx", ZIP, MAX).contentType().contains("spreadsheetml"));
        assertTrue(UploadRules.check("a.pptx", ZIP, MAX).contentType().contains("presentationml"));
        assertEquals("application/vnd.ms-excel", UploadRules.check("a.xls", OLE2, MAX).contentType());
        assertEquals("application/vnd.ms-powerpoint", UploadRules.check("a.ppt", OLE2, MAX).contentType());
        UploadRules.check("a.wps", OLE2, MAX);
        UploadRules.check("a.et", OLE2, MAX);
        assertEquals("image/jpeg", UploadRules.check("a.jpg", JPEG, MAX).contentType());
        assertEquals("image/jpeg", UploadRules.check("a.jpeg", JPEG, MAX).contentType());
        assertEquals("image/png", UploadRules.check("a.png", PNG, MAX).contentType());
        assertEquals("image/gif", UploadRules.check("a.gif", GIF, MAX).contentType());
    }

    @Test
    void rejectsContentThatDoesNotMatchTheExtension() {
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> UploadRules.check("报告.pdf", ZIP, MAX));
        assertTrue(e.getMessage().startsWith("文件内容与扩展名不符"), e.getMessage());
        assertThrows(InputRejectedException.class, () -> UploadRules.check("a.docx", OLE2, MAX));
        assertThrows(InputRejectedException.class, () -> UploadRules.check("a.doc", ZIP, MAX));
        assertThrows(InputRejectedException.class, () -> UploadRules.check("a.png", JPEG, MAX));
        assertThrows(InputRejectedException.class, () -> UploadRules.check("a.jpg", new byte[] { (byte) 0xFF }, MAX));
        assertFalse(UploadRules.contentMatches("gif", PNG));
        assertTrue(UploadRules.contentMatches("GIF", GIF));
    }

    @Test
    void rejectsEmptyTooLargeAndDisallowedFiles() {
        assertTrue(assertThrows(InputRejectedException.class, () -> UploadRules.check("a.pdf", new byte[0], MAX))
                .getMessage().startsWith("文件为空"));
        assertTrue(assertThrows(InputRejectedException.class, () -> UploadRules.check("a.pdf", PDF, 4))
                .getMessage().startsWith("文件过大"));
        String message = assertThrows(InputRejectedException.class,
                () -> UploadRules.check("run.exe", "MZ".getBytes(StandardCharsets.US_ASCII), MAX)).getMessage();
        assertTrue(message.startsWith("不支持的文件类型"), message);
        assertThrows(InputRejectedException.class, () -> UploadRules.check("notes.txt", PDF, MAX));
        assertThrows(InputRejectedException.class, () -> UploadRules.check("archive.zip", ZIP, MAX));
        assertThrows(InputRejectedException.class, () -> UploadRules.check("no-extension", PDF, MAX));
    }

    @Test
    void cleansClientPathsAndControlCharacters() {
        assertEquals("自查报告.pdf", UploadRules.cleanName("C:\\fakepath\\自查报告.pdf"));
        assertEquals("a.pdf", UploadRules.cleanName("../../a.pdf"));
        assertEquals("ab.pdf", UploadRules.cleanName(" a\r\nb.pdf "));
        String longName = "长".repeat(300) + ".docx";
        String cleaned = UploadRules.cleanName(longName);
        assertEquals(UploadRules.MAX_NAME_LENGTH, cleaned.length());
        assertTrue(cleaned.endsWith(".docx"));
    }

    @Test
    void downloadHeaderPercentEncodesTheNameAsUtf8() {
        assertEquals("attachment; filename*=UTF-8''%E8%87%AA%E6%9F%A5%20%E6%8A%A5%E5%91%8A.pdf",
                UploadRules.attachment("自查 报告.pdf"));
        assertEquals("attachment; filename*=UTF-8''a%3Bb%22c%27.pdf", UploadRules.attachment("a;b\"c'.pdf"));
    }

    @Test
    void hashesContentWithSha256() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                UploadRules.sha256(new byte[0]));
        assertEquals(64, UploadRules.check("a.pdf", PDF, MAX).sha256().length());
    }

    @Test
    void sizeTextUsesKilobytesBelowOneMegabyte() {
        assertEquals("0.1 KB", EvidenceInfo.sizeText(14));
        assertEquals("0.5 KB", EvidenceInfo.sizeText(512));
        assertEquals("1023.0 KB", EvidenceInfo.sizeText(1023 * 1024));
        assertEquals("1.0 MB", EvidenceInfo.sizeText(1024 * 1024));
        assertEquals("20.0 MB", EvidenceInfo.sizeText(20L * 1024 * 1024));
    }
}
