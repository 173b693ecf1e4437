// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.actions.Action;

/**
 * An incremental update of the client's diagram, in the shape of sprotty's model matches: the elements removed, those
 * added and those replaced in place, each with its parent. The client (its {@code PatchModelCommand}) changes its diagram in place and keeps
 * the rest as it is, the very same objects, which it does not draw again.
 */
public class ModelPatch extends Action {

    /** The action kind. */
    public static final String KIND = "hvnetPatchModel";

    private final List<Match> matches;

    /** The update made of {@code matches}. */
    public ModelPatch(List<Match> matches) {
        super(KIND);
        this.matches = List.copyOf(matches);
    }

    /** What is removed and added. */
    public List<Match> getMatches() {
        return matches;
    }

    /** An element removed ({@code left}, only its id is sent) or added ({@code right}) under its parent. */
    public static final class Match {

        private final ElementId left;
        private final GModelElement right;
        private final String leftParentId;
        private final String rightParentId;

        private Match(ElementId left, GModelElement right, String leftParentId, String rightParentId) {
            this.left = left;
            this.right = right;
            this.leftParentId = leftParentId;
            this.rightParentId = rightParentId;
        }

        /** The element {@code id} of {@code parentId} removed. */
        public static Match remove(String id, String parentId) {
            return new Match(new ElementId(id), null, parentId, null);
        }

        /** {@code element} in place of the element of the same id, where it is among its parent's children. */
        public static Match replace(GModelElement element, String parentId) {
            return new Match(new ElementId(element.getId()), element, parentId, parentId);
        }

        /** {@code element} added to {@code parentId}. */
        public static Match add(GModelElement element, String parentId) {
            return new Match(null, element, null, parentId);
        }

        /** The element removed, or null. */
        public ElementId getLeft() {
            return left;
        }

        /** The element added, or null. */
        public GModelElement getRight() {
            return right;
        }
    }

    /** An element named by its id. */
    public record ElementId(String id) {
    }
}
