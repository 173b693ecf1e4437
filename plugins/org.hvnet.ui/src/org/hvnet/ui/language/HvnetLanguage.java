// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.language;

import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.hvnet.dsl.ide.HvnetIdeSetup;
import org.hvnet.dsl.ide.highlighting.LexerTokens;

import com.google.inject.Injector;

/**
 * The .hvnet language as the workbench uses it: one Guice injector of the language's runtime and generic IDE
 * modules (org.hvnet.dsl, org.hvnet.dsl.ide), from which every editor service takes its parser, lexer token
 * definitions, validator, content-proposal provider and formatter.
 */
public final class HvnetLanguage {

    private final Injector injector;
    private final LexerTokens lexerTokens;

    private HvnetLanguage(Injector injector) {
        this.injector = injector;
        this.lexerTokens = new LexerTokens(injector.getInstance(ITokenDefProvider.class),
                injector.getProvider(org.eclipse.xtext.parser.antlr.Lexer.class));
    }

    /** The language's lexer and what its token types are. */
    public LexerTokens lexerTokens() {
        return lexerTokens;
    }

    /** A parser of .hvnet texts. */
    public TextParser parser() {
        return injector.getInstance(TextParser.class);
    }

    /** Sets the language up (EMF registrations included) and returns its services. */
    public static HvnetLanguage create() {
        return new HvnetLanguage(new HvnetIdeSetup().createInjectorAndDoEMFRegistration());
    }

    /** The language's injector. */
    public Injector injector() {
        return injector;
    }

    /** An instance of {@code type} from the language's injector. */
    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }
}
