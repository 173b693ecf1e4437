// SPDX-License-Identifier: EPL-2.0
import { IActionHandler, MessageAction } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * Shows the server's errors and warnings in the page's status line: an edit refused (the file changed on disk), a
 * diagram that could not be laid out. Never a blank page without a word.
 */
@injectable()
export class ServerMessages implements IActionHandler {
    handle(action: MessageAction): void {
        if (action.severity !== 'ERROR' && action.severity !== 'WARNING' && action.severity !== 'FATAL') {
            return;
        }
        const status = document.getElementById('status');
        if (status) {
            status.textContent = action.message;
            status.className = 'status-' + action.severity.toLowerCase();
        }
    }
}
