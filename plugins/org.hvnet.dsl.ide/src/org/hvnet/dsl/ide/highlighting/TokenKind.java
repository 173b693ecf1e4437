// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.highlighting;

/**
 * What a piece of .hvnet text is, for colouring: lexical kinds from the language's tokens, semantic kinds (a
 * host's name, a switch's by its kind, ...) from the model. The workbench's editor and the language server's
 * semantic tokens colour by these kinds.
 */
public enum TokenKind {

    /** A keyword of the grammar ({@code host}, {@code switch}, {@code ipv4}, ...). */
    KEYWORD,
    /** Punctuation of the grammar ({@code {}, {@code ,}, {@code ->}). */
    PUNCTUATION,
    /** A plain identifier. */
    IDENTIFIER,
    /** A quoted name. */
    STRING,
    /** A number. */
    NUMBER,
    /** An IPv4 or MAC address. */
    ADDRESS,
    /** A comment. */
    COMMENT,
    /** A host's name, where it is declared or referred to. */
    HOST,
    /** A physical network's name. */
    NETWORK,
    /** An external switch's name. */
    SWITCH_EXTERNAL,
    /** An internal switch's name. */
    SWITCH_INTERNAL,
    /** A private switch's name. */
    SWITCH_PRIVATE,
    /** A virtual machine's name. */
    VM,
    /** A NIC's or host vNIC's name. */
    INTERFACE
}
