package cn.fundrisk.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Categories extends JpaRepository<Category, Integer> {
}
