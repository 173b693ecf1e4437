package org.hvnet.cli.sarif;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LineAndColumn;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;

/**
 * The text a problem points at, from the parsed files: where it ends (the element, name or value that starts at the
 * problem's position; for a syntax error, the offending token) and the line it starts on.
 */
final class SourceRegions {

    private final Map<String, ICompositeNode> roots = new HashMap<>();

    SourceRegions(LoadedModel model) {
        for (Resource resource : model.resourceSet().getResources()) {
            if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
                roots.put(model.displayNames().of(resource.getURI()), xtext.getParseResult().getRootNode());
            }
        }
    }

    /** The 1-based line and the column just after the problem's text ({@code endLine}, {@code endColumn} of SARIF). */
    int[] end(SourceProblem problem) {
        int[] fallback = { problem.line(), problem.column() + 1 };
        ICompositeNode root = roots.get(problem.file());
        if (root == null) {
            return fallback;
        }
        String text = root.getText();
        int offset = offset(text, problem.line(), problem.column());
        if (offset < 0 || offset >= text.length()) {
            return fallback;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
        if (leaf == null) {
            return fallback;
        }
        INode node = leaf;
        if (!problem.rule().equals(SourceProblem.SYNTAX)) {
            while (node.getParent() != null && node.getParent() != root && node.getParent().getOffset() == offset) {
                node = node.getParent();
            }
        }
        int end = Math.max(offset + 1, node.getOffset() + node.getLength());
        LineAndColumn position = NodeModelUtils.getLineAndColumn(root, Math.min(end, text.length()));
        return new int[] { position.getLine(), position.getColumn() };
    }

    /** The text of the line a problem starts on, trimmed (empty when unknown). */
    String line(SourceProblem problem) {
        ICompositeNode root = roots.get(problem.file());
        if (root == null) {
            return "";
        }
        String[] lines = root.getText().split("\n", -1);
        return problem.line() >= 1 && problem.line() <= lines.length ? lines[problem.line() - 1].trim() : "";
    }

    /** The offset of a 1-based line and column in {@code text}, or -1. */
    private static int offset(String text, int line, int column) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = text.indexOf('\n', start);
            if (start < 0) {
                return -1;
            }
            start++;
        }
        return start + column - 1;
    }
}
