// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.parser;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax error messages in the language's words: token names such as {@code RULE_IPV4} and ANTLR phrases such
 * as "mismatched input" become "an IPv4 address" and "unexpected".
 */
public class HvnetSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("'<EOF>'", "end of file");
        WORDS.put("<EOF>", "end of file");
        WORDS.put("RULE_IPV4", "an IPv4 address");
        WORDS.put("RULE_MAC", "a MAC address");
        WORDS.put("RULE_INT", "a number");
        WORDS.put("RULE_NUMBER_RANGE", "a range of numbers");
        WORDS.put("RULE_NUMBER_WITH_LETTERS", "a number with letters");
        WORDS.put("RULE_STRING", "a quoted name");
        WORDS.put("RULE_ID", "a name");
        WORDS.put("mismatched input ", "unexpected ");
        WORDS.put("extraneous input ", "unexpected ");
        WORDS.put("no viable alternative at input ", "unexpected ");
        WORDS.put("mismatched character ", "unexpected character ");
        WORDS.put(" expecting ", ", expected ");
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(inLanguageWords(message.getMessage()), message.getIssueCode(), message.getIssueData());
    }

    /** The message with ANTLR's token names and phrases replaced by the language's words. */
    public static String inLanguageWords(String message) {
        if (message == null) {
            return null;
        }
        String result = message;
        for (Map.Entry<String, String> word : WORDS.entrySet()) {
            result = result.replace(word.getKey(), word.getValue());
        }
        if (result.startsWith("unexpected character end of file, expected '\"'")) {
            return "a quoted name is not closed: '\"' is missing before the end of the file";
        }
        return result;
    }
}
