package org.hvnet.simulation.install;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * EMF's {@link EcoreUtil.Copier} with its original-to-copy table in an {@link IdentityHashMap} sized for the model
 * up front. The copier itself reads its table through {@code get}, {@code put} and {@code entrySet} only (checked in
 * its bytecode for EMF 2.36); every map method a caller may use is redirected here. The order of the entries is not
 * the copy order, which EMF needs only for bidirectional references, and the model has none. At 2,000 hosts x 20 VMs
 * (about 600,000 objects) the linked hash table's resizing and scattered entries were most of the copy's time and
 * grew faster than the model.
 */
final class IdentityCopier extends EcoreUtil.Copier {

    private static final long serialVersionUID = 1L;

    private final transient Map<EObject, EObject> table;

    /** A copier for about {@code objects} objects. */
    IdentityCopier(int objects) {
        table = new IdentityHashMap<>(Math.max(16, objects));
    }

    /** The number of objects in the trees of {@code roots}, to size the copier. */
    static int countContents(Collection<? extends EObject> roots) {
        int count = 0;
        for (EObject root : roots) {
            count++;
            for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
                count++;
            }
        }
        return count;
    }

    @Override
    public EObject get(Object key) {
        return table.get(key);
    }

    @Override
    public EObject put(EObject key, EObject value) {
        return table.put(key, value);
    }

    @Override
    public EObject remove(Object key) {
        return table.remove(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return table.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return table.containsValue(value);
    }

    @Override
    public EObject getOrDefault(Object key, EObject fallback) {
        return table.getOrDefault(key, fallback);
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public boolean isEmpty() {
        return table.isEmpty();
    }

    @Override
    public void clear() {
        table.clear();
    }

    @Override
    public Set<Map.Entry<EObject, EObject>> entrySet() {
        return table.entrySet();
    }

    @Override
    public Set<EObject> keySet() {
        return table.keySet();
    }

    @Override
    public Collection<EObject> values() {
        return table.values();
    }

    @Override
    public void forEach(BiConsumer<? super EObject, ? super EObject> action) {
        table.forEach(action);
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
