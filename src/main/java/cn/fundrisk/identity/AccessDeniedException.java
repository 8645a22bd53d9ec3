package cn.fundrisk.identity;

/** The current user may not see or change what was asked for; answered with 403 and the Chinese message. */
public class AccessDeniedException extends RuntimeException {

    public static final String UNIT_MATERIALS = "无权访问该单位的材料";

    public AccessDeniedException() {
        this(UNIT_MATERIALS);
    }

    public AccessDeniedException(String message) {
        super(message);
    }
}
