package cn.fundrisk.process;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Bad input from a user, with a Chinese message for them. Thrown inside the engine's transaction,
 * so nothing of the change is saved; Camunda's REST API and our own answer it with 400.
 */
public class InputRejectedException extends BadUserRequestException {

    /** A submitted and approved record is locked: only the reviewer's return opens it again. */
    public static final String LOCKED = "该记录已审核通过并锁定，如需修改须由审核人退回";

    public InputRejectedException(String message) {
        super(message);
    }

    /** The answer to a change of a locked record. */
    public static InputRejectedException locked() {
        return new RecordLockedException();
    }
}
