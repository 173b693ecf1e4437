package org.hvnet.ui.editor;

/** The help text of a rule id, as the validation's rule catalogue gives it. */
final class RuleHelp {

    private RuleHelp() {
    }

    /** What to do about a problem of {@code rule}, or null when the catalogue has nothing. */
    static String of(String rule) {
        return switch (rule) {
        case "syntax" -> "The text does not follow the .hvnet grammar here (DSL.md).";
        case "link" -> "The name is not declared where the language looks for it (DSL.md, names).";
        default -> null;
        };
    }
}
