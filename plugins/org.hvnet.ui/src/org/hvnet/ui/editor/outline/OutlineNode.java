// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.outline;

import java.util.List;

import org.hvnet.ui.editor.coloring.TextStyle;

/**
 * One entry of the outline: a label, the kind of element (its semantic style), where its name is written, and the
 * entries inside it. Built off the UI thread from the parsed model, immutable.
 */
public record OutlineNode(String label, TextStyle kind, int offset, int length, List<OutlineNode> children) {
}
