// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.cli.CommandOption;
import org.hvnet.cli.GlobalOptions;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code help --json} results: the metadata help and completion are made of. {@code subcommands:[{name, usage,
 * summary, description, options:[{names, value, choices, file, description}], operands:[{name, kind, choices}],
 * examples}]}, {@code globalOptions} and {@code exitCodes}.
 */
public final class CommandsJson {

    private CommandsJson() {
    }

    /** The metadata of {@code commands}. */
    public static JsonObject document(List<Subcommand> commands) {
        JsonArray subcommands = new JsonArray();
        for (Subcommand command : commands) {
            JsonObject item = new JsonObject();
            item.addProperty("name", command.name());
            item.addProperty("usage", command.usage());
            item.addProperty("summary", command.summary());
            item.addProperty("description", command.description());
            item.add("options", options(command.options()));
            JsonArray operands = new JsonArray();
            for (Operand operand : command.operands()) {
                JsonObject o = new JsonObject();
                o.addProperty("name", operand.name());
                o.addProperty("kind", operand.kind().name().toLowerCase(java.util.Locale.ROOT));
                o.add("choices", InstallJson.strings(operand.choices()));
                operands.add(o);
            }
            item.add("operands", operands);
            item.add("examples", InstallJson.strings(command.examples()));
            subcommands.add(item);
        }
        JsonObject json = new JsonObject();
        json.add("subcommands", subcommands);
        json.add("globalOptions", options(GlobalOptions.options()));
        JsonObject exitCodes = new JsonObject();
        exitCodes.addProperty("0", "ok");
        exitCodes.addProperty("1", "the model has errors, or an expectation failed");
        exitCodes.addProperty("2", "bad usage, or an input that cannot be read");
        exitCodes.addProperty("3", "an internal error");
        json.add("exitCodes", exitCodes);
        return json;
    }

    private static JsonArray options(List<CommandOption> options) {
        JsonArray array = new JsonArray();
        for (CommandOption option : options) {
            JsonObject o = new JsonObject();
            o.add("names", InstallJson.strings(option.names()));
            o.addProperty("value", option.value());
            o.add("choices", InstallJson.strings(option.choices()));
            o.addProperty("file", option.file());
            o.addProperty("description", option.description());
            array.add(o);
        }
        return array;
    }
}
