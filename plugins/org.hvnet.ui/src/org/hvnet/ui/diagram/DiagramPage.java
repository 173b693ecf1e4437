// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;

/**
 * The workbench's side of the diagram page's bridge ({@code window.hvnet} of the web client): select and reveal an
 * element, show a trace, read the selection and the traced path, and hear every selection change of the page.
 */
public final class DiagramPage {

    private final Browser browser;
    private volatile List<String> selection = List.of();

    DiagramPage(Browser browser, Consumer<List<String>> onSelection) {
        this.browser = browser;
        new BrowserFunction(browser, "hvnetSelectionChanged") {
            @Override
            public Object function(Object[] arguments) {
                List<String> ids = arguments.length == 0 || !(arguments[0] instanceof String text) || text.isEmpty()
                        ? List.of() : Arrays.asList(text.split("\n"));
                selection = ids;
                onSelection.accept(ids);
                return null;
            }
        };
    }

    /** Selects the element with id {@code id} and scrolls it into view (nothing before the page is ready). */
    public void select(String id) {
        call("select", id);
    }

    /** Shows the path of one packet from {@code from} to {@code to} with the page's trace overlay. */
    public void trace(String from, String to) {
        call("trace", from, to);
    }

    /** The ids the page last reported as selected. */
    public List<String> reportedSelection() {
        return selection;
    }

    /** The ids selected in the page, read from it. */
    public List<String> selected() {
        return read("selected");
    }

    /** The ids of the elements the trace overlay marks, read from the page. */
    public List<String> traced() {
        return read("traced");
    }

    private void call(String function, String... arguments) {
        if (browser.isDisposed()) {
            return;
        }
        StringBuilder call = new StringBuilder("if (window.hvnet && window.hvnet.ready && window.hvnet.").append(function)
                .append(") { window.hvnet.").append(function).append('(');
        for (int i = 0; i < arguments.length; i++) {
            call.append(i == 0 ? "" : ", ").append(quoted(arguments[i]));
        }
        browser.execute(call.append("); }").toString());
    }

    private List<String> read(String function) {
        if (browser.isDisposed()) {
            return List.of();
        }
        Object ids = browser.evaluate("return window.hvnet && window.hvnet.ready && window.hvnet." + function
                + " ? window.hvnet." + function + "().join('\\n') : '';");
        return ids instanceof String text && !text.isEmpty() ? Arrays.asList(text.split("\n")) : List.of();
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
