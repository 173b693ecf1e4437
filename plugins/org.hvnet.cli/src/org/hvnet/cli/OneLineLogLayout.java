// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import org.apache.log4j.PatternLayout;
import org.apache.log4j.spi.LoggingEvent;

/** Library log messages as one line each on stderr: the first line of the message, never a stack trace. */
public class OneLineLogLayout extends PatternLayout {

    @Override
    public String format(LoggingEvent event) {
        Object message = event.getMessage();
        String text = message == null ? "" : message.toString().strip();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).strip();
        }
        return "hvnet: " + event.getLevel() + ": " + text + System.lineSeparator();
    }

    @Override
    public boolean ignoresThrowable() {
        return false;
    }
}
