// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token-level mutations of .hvnet text: a keyword swapped for another, a number replaced by one at the edges (0, 4095,
 * 4096, 65536, -1, huge), a name replaced by one with quotes, spaces, escapes or non-ASCII letters (or by another
 * name of the text), a brace deleted or added, a token deleted, a line repeated or moved.
 */
final class TokenMutations {

    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\.)*\"|\\^?[A-Za-z_][A-Za-z0-9_-]*|\\d[0-9A-Fa-f.:/-]*|//[^\\n]*|\\s+|.", Pattern.DOTALL);

    static final String[] KEYWORDS = {"topology", "network", "vlan", "subnet", "router", "internet", "dhcp-server",
        "range", "gateway", "dns", "host", "platform", "preserve-ip-on-install", "retired", "mac-pool", "nic", "mac",
        "cable", "bind", "ipv4", "static", "dhcp", "install", "using", "hyperv", "virtual-pc", "virtual-server",
        "switch", "external", "internal", "private", "default", "on", "no-management-os", "embedded-teaming", "host-vnic",
        "access", "trunk", "native", "acl", "allow", "deny", "in", "out", "both", "remote", "dhcp-service", "rras",
        "routing", "nat", "public", "forward", "tcp", "udp", "to", "port", "netnat", "prefix", "vm", "dhcp-guard",
        "router-guard", "mac-spoofing", "expect", "address", "from", "apipa", "none", "reach", "no", "trace",
        "delivered", "dropped", "hyperv-2008", "hyperv-2012", "hyperv-2016", "hyperv-client", "client", "file-sharing",
        "qos", "tcpip4", "tcpip6", "lltd", "vswitch", "vmns"};

    static final String[] NUMBERS = {"0", "1", "2", "4094", "4095", "4096", "65535", "65536", "70000", "-1",
        "2147483647", "2147483648", "99999999999999999999", "0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3",
        "1.2.3.4.5", "10.0.0.0/0", "10.0.0.1/32", "10.0.0.1/33", "10.0.0.1/99999999999", "169.254.0.1/16",
        "127.0.0.1/8", "224.0.0.1/4", "0-4095", "4095-1", "1-99999999999", "00-00-00-00-00-00", "FF-FF-FF-FF-FF-FF",
        "01-00-5E-00-00-01", "00-15-5D-00-00-00", "00:11", "T-3a", "T-99"};

    static final String[] NAMES = {"\"\"", "\" \"", "\"a b\"", "\"é\"", "\"日本語\"", "\"😀\"", "\"\\\"\"", "\"a\\\\\"",
        "\"a.b\"", "\"Local Area Connection\"", "\"vEthernet (Lab)\"", "^host", "^nic", "x", "_", "\"\\u0000\"",
        "\"\t\"", "\"a\nb\""};

    private TokenMutations() {
    }

    /** One to four token mutations of {@code text}. */
    static String mutate(String text, SplittableRandom random) {
        List<String> tokens = tokens(text);
        for (int count = 1 + random.nextInt(4); count > 0 && !tokens.isEmpty(); count--) {
            once(tokens, random);
        }
        return String.join("", tokens);
    }

    private static void once(List<String> tokens, SplittableRandom random) {
        int at = random.nextInt(tokens.size());
        String token = tokens.get(at);
        switch (random.nextInt(9)) {
            case 0 -> tokens.set(at, KEYWORDS[random.nextInt(KEYWORDS.length)]);
            case 1 -> tokens.set(find(tokens, at, random, "\\d.*"), NUMBERS[random.nextInt(NUMBERS.length)]);
            case 2 -> tokens.set(find(tokens, at, random, "\".*|\\^?[A-Za-z_].*"), NAMES[random.nextInt(NAMES.length)]);
            case 3 -> tokens.set(find(tokens, at, random, "\\^?[A-Za-z_].*"),
                    tokens.get(find(tokens, random.nextInt(tokens.size()), random, "\\^?[A-Za-z_].*|\".*")));
            case 4 -> tokens.remove(find(tokens, at, random, "[{}]"));
            case 5 -> tokens.add(at, random.nextBoolean() ? "{" : "}");
            case 6 -> tokens.remove(at);
            case 7 -> tokens.add(at, token.isBlank() ? " " + KEYWORDS[random.nextInt(KEYWORDS.length)] + " " : token + " " + token);
            default -> moveLine(tokens, random);
        }
    }

    /** The first token at or after {@code at} (wrapping) that matches {@code regex}, else {@code at}. */
    private static int find(List<String> tokens, int at, SplittableRandom random, String regex) {
        for (int k = 0; k < tokens.size(); k++) {
            int i = (at + k) % tokens.size();
            if (tokens.get(i).matches(regex)) {
                return i;
            }
        }
        return at;
    }

    /** A line (the tokens between two line breaks) copied to another place, or moved. */
    private static void moveLine(List<String> tokens, SplittableRandom random) {
        int start = random.nextInt(tokens.size());
        while (start > 0 && !tokens.get(start - 1).contains("\n")) {
            start--;
        }
        int end = start;
        while (end < tokens.size() && !tokens.get(end).contains("\n")) {
            end++;
        }
        List<String> line = new ArrayList<>(tokens.subList(start, end));
        line.add("\n");
        if (random.nextBoolean()) {
            tokens.subList(start, end).clear();
        }
        tokens.addAll(random.nextInt(tokens.size() + 1), line);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
