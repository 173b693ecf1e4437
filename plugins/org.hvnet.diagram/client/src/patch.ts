// SPDX-License-Identifier: EPL-2.0
import { Action, Command, CommandExecutionContext, CommandReturn, GChildElement, GModelRoot, GParentElement, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { GModelElementSchema } from '@eclipse-glsp/client';

/** One change of a patch: the element removed ({@code left}, by id), added ({@code right}), or both: replaced in place. */
interface Match {
    left?: { id: string };
    right?: GModelElementSchema;
    leftParentId?: string;
    rightParentId?: string;
}

/** Sent by the server (ModelPatch.java): what changed in the diagram, e.g. a host expanded in the overview. */
export interface PatchModelAction extends Action {
    kind: 'hvnetPatchModel';
    matches: Match[];
}

/**
 * Applies a patch to the diagram in place: the removed elements go, the added ones come, everything else stays the
 * very same object (so its view is not even drawn again). Expanding a host of an estate of thousands of hosts costs
 * the host, not the estate. The server keeps the diagram's state, so the patch is not undone by the client.
 */
@injectable()
export class PatchModelCommand extends Command {
    static readonly KIND = 'hvnetPatchModel';

    constructor(@inject(TYPES.Action) protected readonly action: PatchModelAction) {
        super();
    }

    execute(context: CommandExecutionContext): CommandReturn {
        const root: GModelRoot = context.root;
        for (const match of this.action.matches) {
            const element = match.left ? root.index.getById(match.left.id) : undefined;
            if (element instanceof GChildElement && match.right?.id === match.left?.id) {
                const parent = element.parent;
                const index = parent.children.indexOf(element);
                parent.remove(element);
                parent.add(context.modelFactory.createElement(match.right!), index);
            } else if (element instanceof GChildElement) {
                element.parent.remove(element);
            }
        }
        for (const match of this.action.matches) {
            if (match.right && match.right.id !== match.left?.id) {
                const parent = match.rightParentId ? root.index.getById(match.rightParentId) : root;
                (parent instanceof GParentElement ? parent : root).add(context.modelFactory.createElement(match.right));
            }
        }
        return root;
    }

    undo(context: CommandExecutionContext): CommandReturn {
        return context.root;
    }

    redo(context: CommandExecutionContext): CommandReturn {
        return context.root;
    }
}
