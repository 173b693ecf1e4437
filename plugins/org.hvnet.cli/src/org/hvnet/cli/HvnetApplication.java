// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The {@code hvnet} command as a headless Eclipse application (the product's application). */
public class HvnetApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        // reports can have 100k lines: buffered, flushed by Hvnet.run at the end (and by serve before it blocks)
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        quietLogging(err);
        return Hvnet.run(Subcommands.all(), args == null ? new String[0] : args, out, err, System.in, Terminal.detect());
    }

    @Override
    public void stop() {
        // nothing to stop: every subcommand ends by itself
    }

    /** Library logging (Xtext uses log4j) goes to standard error: errors only, one line each, no stack traces. */
    private static void quietLogging(PrintStream err) {
        Logger root = Logger.getRootLogger();
        root.removeAllAppenders();
        ConsoleAppender appender = new ConsoleAppender(new OneLineLogLayout(), ConsoleAppender.SYSTEM_ERR);
        root.addAppender(appender);
        root.setLevel(Level.ERROR);
    }
}
