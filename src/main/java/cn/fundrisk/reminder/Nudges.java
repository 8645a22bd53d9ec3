package cn.fundrisk.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Nudges extends JpaRepository<Nudge, Long> {
}
