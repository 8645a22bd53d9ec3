package cn.fundrisk.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.process.Clock;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ManagedMappingType;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

/**
 * An entity state as the trail writes it: column name to value as text. Embedded values are
 * spread into their own columns, associations are written as the other record's id, times in the
 * bureau's zone with their offset. Binary content (an evidence file's bytes) is left out: the file's
 * name, size and checksum are columns of their own.
 */
final class AuditedFields {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AuditedFields() {
    }

    /** The given properties (all when {@code indices} is null), in mapping order. */
    static Map<String, String> of(EntityPersister persister, Object[] state, int[] indices,
            SharedSessionContractImplementor session) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i : indices == null ? all(names.length) : indices) {
            add(fields, persister, names[i], types[i], state[i], session);
        }
        return fields;
    }

    /** The raw value of a property, or null when the entity has no such property. */
    static Object value(EntityPersister persister, Object[] state, String property) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return state[i];
            }
        }
        return null;
    }

    private static void add(Map<String, String> fields, ManagedMappingType owner, String name, Type type, Object value,
            SharedSessionContractImplementor session) {
        if (value instanceof byte[] || type.isCollectionType()) {
            return;
        }
        if (type instanceof ComponentType component) {
            ManagedMappingType embeddable = owner.findAttributeMapping(name) instanceof EmbeddableValuedModelPart part
                    ? part.getEmbeddableTypeDescriptor() : null;
            Object[] values = value == null ? new Object[component.getPropertyNames().length]
                    : component.getPropertyValues(value);
            for (int i = 0; i < values.length; i++) {
                add(fields, embeddable == null ? owner : embeddable, component.getPropertyNames()[i],
                        component.getSubtypes()[i], values[i], session);
            }
            return;
        }
        String text = type instanceof EntityType entity ? idOf(entity, value, session) : text(value);
        fields.put(column(owner, name), text);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant.atZone(Clock.ZONE).toOffsetDateTime());
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static String idOf(EntityType type, Object entity, SharedSessionContractImplementor session) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof HibernateProxy proxy) {
            return text(proxy.getHibernateLazyInitializer().getInternalIdentifier());
        }
        return text(session.getFactory().getMappingMetamodel().getEntityDescriptor(type.getAssociatedEntityName())
                .getIdentifier(entity, session));
    }

    /** The property's column when it maps to one, else its name in snake case. */
    private static String column(ManagedMappingType owner, String property) {
        AttributeMapping mapping = owner == null ? null : owner.findAttributeMapping(property);
        if (mapping != null) {
            List<String> columns = new ArrayList<>();
            mapping.forEachSelectable((index, selectable) -> columns.add(selectable.getSelectionExpression()));
            if (columns.size() == 1) {
                return columns.get(0);
            }
        }
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static int[] all(int count) {
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
