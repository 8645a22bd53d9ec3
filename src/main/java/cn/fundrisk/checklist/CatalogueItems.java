package cn.fundrisk.checklist;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CatalogueItems extends JpaRepository<CatalogueItem, Integer> {

    @Query("select i from CatalogueItem i join fetch i.category order by i.itemNo")
    List<CatalogueItem> findAllOrdered();
}
