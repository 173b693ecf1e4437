// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random edits of a .hvnet text as a user makes them while typing, for the partial parser to take: a digit of an
 * address changed, a name renamed, a line deleted or copied in from another file, text at the start or the end, an
 * edit undone (the text before the last edit restored), the whole text replaced, several edits in one
 * {@code didChange}, and now and then the words and odd characters of {@link RandomLsp} that break the syntax.
 */
final class RandomEdits {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final RandomLsp lsp;
    private final Random random;

    RandomEdits(long seed) {
        this.lsp = new RandomLsp(seed);
        this.random = lsp.random();
    }

    /** The generator's random source. */
    Random random() {
        return random;
    }

    /** One {@code didChange}'s changes of {@code text}; {@code before} is the text before the last edit, {@code source} another file. */
    List<ClientDocument.Change> next(String text, String before, String source) {
        if (random.nextInt(12) == 0) {
            List<ClientDocument.Change> changes = new ArrayList<>();
            ClientDocument changed = new ClientDocument(text);
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                ClientDocument.Change change = one(changed.text(), before, source);
                changes.add(change);
                changed.apply(List.of(change));
            }
            return changes;
        }
        return List.of(one(text, before, source));
    }

    private ClientDocument.Change one(String text, String before, String source) {
        int roll = random.nextInt(100);
        if (text.length() > 12_000 && roll < 40) {
            roll = 25; // keep the text small: delete lines
        }
        if (roll < 20) {
            List<Integer> digits = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    digits.add(i);
                }
            }
            if (!digits.isEmpty()) {
                int at = digits.get(random.nextInt(digits.size()));
                return replace(text, at, at + 1, Integer.toString(random.nextInt(10)));
            }
        } else if (roll < 32) {
            int start = lineStart(text, random.nextInt(lineCount(text)));
            int end = lineStart(text, Math.min(lineCount(text) - 1, lineIndex(text, start) + 1 + random.nextInt(2)));
            return replace(text, start, end <= start ? text.length() : end, "");
        } else if (roll < 46) {
            int from = lineStart(source, random.nextInt(lineCount(source)));
            int to = source.indexOf('\n', from);
            String line = to < 0 ? source.substring(from) + "\n" : source.substring(from, to + 1);
            int at = lineStart(text, random.nextInt(lineCount(text)));
            return replace(text, at, at, line);
        } else if (roll < 58) {
            List<int[]> words = new ArrayList<>();
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                words.add(new int[] { matcher.start(), matcher.end() });
            }
            if (words.size() > 1) {
                int[] word = words.get(random.nextInt(words.size()));
                int[] other = words.get(random.nextInt(words.size()));
                return replace(text, word[0], word[1], text.substring(other[0], other[1]));
            }
        } else if (roll < 68 && !before.equals(text)) {
            int start = 0;
            while (start < Math.min(text.length(), before.length()) && text.charAt(start) == before.charAt(start)) {
                start++;
            }
            int end = 0;
            while (end < Math.min(text.length(), before.length()) - start
                    && text.charAt(text.length() - 1 - end) == before.charAt(before.length() - 1 - end)) {
                end++;
            }
            return replace(text, start, text.length() - end, before.substring(start, before.length() - end));
        } else if (roll < 76) {
            String typed = random.nextBoolean() ? "\n" : lsp.typed(source);
            boolean atStart = random.nextBoolean();
            int length = Math.min(text.length(), random.nextInt(3));
            return atStart ? replace(text, 0, random.nextBoolean() ? 0 : length, typed)
                    : replace(text, text.length() - (random.nextBoolean() ? 0 : length), text.length(), typed);
        } else if (roll < 80) {
            return new ClientDocument.Change(0, 0, 0, 0, random.nextInt(3) == 0 ? "" : source, true);
        }
        return lsp.change(new ClientDocument(text), source);
    }

    /** The change that replaces {@code text}'s characters from {@code start} to {@code end} with {@code with}. */
    static ClientDocument.Change replace(String text, int start, int end, String with) {
        int[] from = position(text, start);
        int[] to = position(text, end);
        return new ClientDocument.Change(from[0], from[1], to[0], to[1], with, false);
    }

    /** The line and character of {@code offset} in {@code text}. */
    static int[] position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] { line, offset - lineStart };
    }

    /** A position in {@code text}: mostly at the start of a word (a name, a keyword or a reference), else anywhere. */
    int[] someWhere(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            starts.add(matcher.start() + random.nextInt(matcher.end() - matcher.start()));
        }
        int offset = starts.isEmpty() || random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : starts.get(random.nextInt(starts.size()));
        return position(text, offset);
    }

    private static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    private static int lineIndex(String text, int offset) {
        return position(text, offset)[0];
    }

    private static int lineStart(String text, int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            start = text.indexOf('\n', start) + 1;
        }
        return start;
    }
}
