// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of the PowerShell the export writes (no PowerShell runs here): its single- and double-quoted strings
 * and brackets must close, and it lists each command with its parameters and the block lines enclosing it.
 */
final class ScriptShape {

    /** One cmdlet call: its line, its name, its parameters, and the opening lines of the blocks around it, innermost first. */
    record Call(int line, String cmdlet, List<String> parameters, List<String> enclosing) {
    }

    private static final Pattern CMDLET = Pattern.compile("(?<![\\w$-])([A-Z][a-z]+-[A-Z][A-Za-z]+)");
    private static final Pattern PARAMETER = Pattern.compile("(?<![\\w'])-([A-Z][A-Za-z]+)");
    private static final Set<String> OPERATORS = Set.of("eq", "ne", "and", "or", "not", "join", "gt", "lt");

    private ScriptShape() {
    }

    /** The calls of {@code script}; throws when a string or bracket does not close. */
    static List<Call> calls(String script) {
        List<Call> calls = new ArrayList<>();
        Deque<String> blocks = new ArrayDeque<>();
        Deque<Character> brackets = new ArrayDeque<>();
        boolean comment = false;
        String[] lines = script.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("<#")) {
                comment = true;
            }
            if (comment) {
                comment = !line.startsWith("#>");
                continue;
            }
            if (line.strip().startsWith("#")) {
                continue;
            }
            String code = stripStrings(line, i + 1);
            Matcher cmdlet = CMDLET.matcher(code);
            while (cmdlet.find()) {
                String rest = code.substring(cmdlet.end());
                int stop = rest.indexOf('|');
                String args = stop < 0 ? rest : rest.substring(0, stop);
                List<String> parameters = new ArrayList<>();
                Matcher parameter = PARAMETER.matcher(args);
                while (parameter.find()) {
                    if (!OPERATORS.contains(parameter.group(1).toLowerCase(java.util.Locale.ROOT))) {
                        parameters.add(parameter.group(1));
                    }
                }
                calls.add(new Call(i + 1, cmdlet.group(1), parameters, List.copyOf(blocks)));
            }
            for (char c : code.toCharArray()) {
                switch (c) {
                    case '{', '(', '[' -> brackets.push(c);
                    case '}', ')', ']' -> {
                        char open = brackets.isEmpty() ? '?' : brackets.pop();
                        if ("{([".indexOf(open) != "})]".indexOf(c)) {
                            throw new AssertionError("line " + (i + 1) + ": '" + c + "' closes '" + open + "': " + line);
                        }
                    }
                    default -> {
                    }
                }
            }
            String trimmed = code.strip();
            if (trimmed.startsWith("}")) {
                blocks.pop();
            }
            if (trimmed.endsWith("{")) {
                blocks.push(line.strip());
            }
        }
        if (!brackets.isEmpty() || !blocks.isEmpty()) {
            throw new AssertionError("unclosed brackets at the end: " + brackets);
        }
        return calls;
    }

    /** The line with the text of its strings removed (quotes kept); throws when a string does not close. */
    private static String stripStrings(String line, int number) {
        StringBuilder code = new StringBuilder();
        Character quote = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == null) {
                if (c == '\'' || c == '"') {
                    quote = c;
                }
                code.append(c);
            } else if (quote == '\'' && c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                i++;
            } else if (quote == '"' && c == '`') {
                i++;
            } else if (c == quote) {
                quote = null;
                code.append(c);
            } else if (quote == '"' && c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int depth = 0;
                for (; i < line.length(); i++) {
                    depth += line.charAt(i) == '(' ? 1 : line.charAt(i) == ')' ? -1 : 0;
                    if (depth == 0 && line.charAt(i) == ')') {
                        break;
                    }
                }
            }
        }
        if (quote != null) {
            throw new AssertionError("line " + number + ": a string does not close: " + line);
        }
        return code.toString();
    }

    /** The reviewed cmdlets with their parameters, read from {@code resources/reviewed-cmdlets.txt}. */
    static Map<String, Set<String>> reviewed(String text) {
        Map<String, Set<String>> reviewed = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String entry = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":", 2);
            reviewed.put(parts[0].strip(), Set.of(parts[1].strip().isEmpty() ? new String[0] : parts[1].strip().split("\\s+")));
        }
        return reviewed;
    }
}
