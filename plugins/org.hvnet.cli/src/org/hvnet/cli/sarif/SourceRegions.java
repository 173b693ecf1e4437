// SPDX-License-Identifier: EPL-2.0
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

import com.google.gson.JsonObject;

/**
 * The text a problem points at, from the parsed files: its SARIF region from the problem's position to the end of
 * the element, name or value that starts there (for a syntax error, the offending token), with the text as snippet,
 * and the whole lines around it as context region.
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

    /** The {@code region} of a problem; without its file's text, from its position to the next column. */
    JsonObject region(SourceProblem problem) {
        ICompositeNode root = roots.get(problem.file());
        String text = root == null ? "" : root.getText();
        int offset = offset(text, problem.line(), problem.column());
        int end = offset < 0 || offset >= text.length() ? -1 : end(root, offset, problem.rule().equals(SourceProblem.SYNTAX));
        JsonObject region = new JsonObject();
        region.addProperty("startLine", problem.line());
        region.addProperty("startColumn", problem.column());
        if (end < 0) {
            region.addProperty("endLine", problem.line());
            region.addProperty("endColumn", problem.column() + 1);
            return region;
        }
        LineAndColumn position = NodeModelUtils.getLineAndColumn(root, end);
        region.addProperty("endLine", position.getLine());
        region.addProperty("endColumn", position.getColumn());
        region.add("snippet", SarifText.of(text.substring(offset, end)));
        return region;
    }

    /** The {@code contextRegion} of a problem: the whole lines of its region, or null without its file's text. */
    JsonObject context(SourceProblem problem, JsonObject region) {
        ICompositeNode root = roots.get(problem.file());
        if (root == null || !region.has("snippet")) {
            return null;
        }
        String text = root.getText();
        int start = offset(text, problem.line(), 1);
        int endLine = region.get("endLine").getAsInt();
        int end = text.indexOf('\n', offset(text, endLine, 1));
        end = end < 0 ? text.length() : end;
        JsonObject context = new JsonObject();
        context.addProperty("startLine", problem.line());
        context.addProperty("endLine", endLine);
        context.add("snippet", SarifText.of(text.substring(start, end)));
        return context;
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

    /** The end offset of the largest node that starts at {@code offset} (the token alone for a syntax error). */
    private static int end(ICompositeNode root, int offset, boolean token) {
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
        if (leaf == null) {
            return -1;
        }
        INode node = leaf;
        if (!token) {
            while (node.getParent() != null && node.getParent() != root && node.getParent().getOffset() == offset) {
                node = node.getParent();
            }
        }
        return Math.min(root.getText().length(), Math.max(offset + 1, node.getOffset() + node.getLength()));
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
