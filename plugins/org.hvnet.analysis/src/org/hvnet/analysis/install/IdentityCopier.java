// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * EMF's {@link EcoreUtil.Copier} with its original-to-copy table in an {@link IdentityHashMap} sized for the model
 * up front, and its entries iterated in copy order (the containment order of the originals). The copier itself reads
 * its table through {@code get}, {@code put} and {@code entrySet} only (IdentityCopierGuardTest reads it in the bytecode
 * of the EMF in the target and fails when a new EMF calls another map method on itself); every
 * map method a caller may use is redirected here. At 2,000 hosts x 20 VMs (about 600,000 objects) the linked hash
 * table's resizing was most of the copy's time; and {@code copyReferences}, which visits every entry, grew faster
 * than the model while it visited them in identity-hash order, which jumps across the whole heap at every step.
 * Entries cannot be removed: nothing removes them, and removal would break the order.
 */
final class IdentityCopier extends EcoreUtil.Copier {

    private static final long serialVersionUID = 1L;

    private final transient Map<EObject, EObject> table;
    private transient EObject[] originals;
    private transient EObject[] copies;
    private transient int count;

    /** A copier for about {@code objects} objects. */
    IdentityCopier(int objects) {
        int capacity = Math.max(16, objects);
        table = new IdentityHashMap<>(capacity);
        originals = new EObject[capacity];
        copies = new EObject[capacity];
    }

    /** The number of objects in the trees of {@code roots}, to size the copier. */
    static int countContents(Collection<? extends EObject> roots) {
        int total = 0;
        for (EObject root : roots) {
            total++;
            for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
                total++;
            }
        }
        return total;
    }

    @Override
    public EObject get(Object key) {
        return table.get(key);
    }

    @Override
    public EObject put(EObject key, EObject value) {
        Objects.requireNonNull(value, "a copy");
        EObject previous = table.put(key, value);
        if (previous == null) {
            append(key, value);
        } else {
            copies[indexOf(key)] = value; // a second copy of one original: EMF's copier never makes one
        }
        return previous;
    }

    private void append(EObject key, EObject value) {
        if (count == originals.length) {
            originals = Arrays.copyOf(originals, count * 2);
            copies = Arrays.copyOf(copies, count * 2);
        }
        originals[count] = key;
        copies[count] = value;
        count++;
    }

    private int indexOf(EObject key) {
        for (int index = count - 1; index >= 0; index--) {
            if (originals[index] == key) {
                return index;
            }
        }
        throw new IllegalStateException("an entry of the table is missing from the copy order");
    }

    @Override
    public EObject remove(Object key) {
        throw new UnsupportedOperationException("a copier's entries cannot be removed");
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
        return count;
    }

    @Override
    public boolean isEmpty() {
        return count == 0;
    }

    @Override
    public void clear() {
        table.clear();
        Arrays.fill(originals, 0, count, null);
        Arrays.fill(copies, 0, count, null);
        count = 0;
    }

    @Override
    public Set<Map.Entry<EObject, EObject>> entrySet() {
        return new InOrder<>(index -> new AbstractMap.SimpleImmutableEntry<>(originals[index], copies[index]));
    }

    @Override
    public Set<EObject> keySet() {
        return new InOrder<>(index -> originals[index]);
    }

    @Override
    public Collection<EObject> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<EObject> iterator() {
                return new InOrder<>(index -> copies[index]).iterator();
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    @Override
    public void forEach(BiConsumer<? super EObject, ? super EObject> action) {
        for (int index = 0; index < count; index++) {
            action.accept(originals[index], copies[index]);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** A read-only view of the entries (or their keys) in copy order; keys are distinct, so it is a set. */
    private final class InOrder<E> extends AbstractSet<E> {

        private final IntFunction<E> element;

        InOrder(IntFunction<E> element) {
            this.element = element;
        }

        @Override
        public Iterator<E> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < count;
                }

                @Override
                public E next() {
                    if (next >= count) {
                        throw new NoSuchElementException();
                    }
                    return element.apply(next++);
                }
            };
        }

        @Override
        public int size() {
            return count;
        }
    }
}
