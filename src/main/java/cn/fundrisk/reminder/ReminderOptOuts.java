package cn.fundrisk.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderOptOuts extends JpaRepository<ReminderOptOut, String> {
}
