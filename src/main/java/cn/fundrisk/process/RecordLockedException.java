package cn.fundrisk.process;

/**
 * A change of a submitted and approved record: refused like any bad input (400, nothing saved), but
 * our /api tells it apart ({@link ApiProblem#LOCKED}): only the reviewer's return opens the record again.
 */
public class RecordLockedException extends InputRejectedException {

    public RecordLockedException() {
        super(LOCKED);
    }
}
