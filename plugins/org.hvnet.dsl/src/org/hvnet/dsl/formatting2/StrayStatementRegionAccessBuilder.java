// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.formatting2.regionaccess.internal.NodeModelBasedRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The formatter's view of a parsed text, tolerant of a statement the parser refused (a second {@code install} or
 * {@code rras} line of a host, see {@code OnceOnlyElementFactory}): the element built from it belongs to no container,
 * so its tokens are taken as tokens of the element around it instead of failing the whole formatting. Views built from
 * a serializer's sequence are Xtext's own.
 */
@SuppressWarnings("restriction")
public class StrayStatementRegionAccessBuilder extends TextRegionAccessBuilder {

    private NodeModelBasedRegionAccessBuilder fromNodeModel;

    @Override
    public TextRegionAccessBuilder forNodeModel(XtextResource resource) {
        fromNodeModel = new StrayTolerantNodeModel().withResource(resource);
        return this;
    }

    @Override
    public ITextRegionAccess create() {
        return fromNodeModel != null ? fromNodeModel.create() : super.create();
    }

    /** Xtext's node-model view, where a stray element starts no region of its own. */
    private static final class StrayTolerantNodeModel extends NodeModelBasedRegionAccessBuilder {

        @Override
        protected boolean isEObjectRoot(INode node) {
            return super.isEObjectRoot(node) && !isStray(firstElementIn(node));
        }

        /** True for an element built from the text that is not part of the resource's model. */
        private boolean isStray(EObject element) {
            return element != null && EcoreUtil.getRootContainer(element) != getXtextResource().getContents().get(0);
        }

        /** The semantic element of the first node at or below {@code node} that has one of its own. */
        private static EObject firstElementIn(INode node) {
            for (INode candidate : node.getAsTreeIterable()) {
                if (candidate.hasDirectSemanticElement()) {
                    return candidate.getSemanticElement();
                }
            }
            return null;
        }
    }
}
