package cn.fundrisk.process;

import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" as the engine sees it, so that our timestamps (done late, overdue) agree with the engine's
 * timers, also when tests move the engine clock. The one place we read an engine internal.
 */
public final class Clock {

    /** The bureau's time zone: deadlines are end of day here, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Clock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
