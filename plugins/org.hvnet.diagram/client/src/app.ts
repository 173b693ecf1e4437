// SPDX-License-Identifier: EPL-2.0
import 'reflect-metadata';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import {
    Action,
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    GLSPClient,
    GLSPWebSocketProvider,
    IActionDispatcher,
    LayoutOperation,
    RedoAction,
    STANDALONE_MODULE_CONFIG,
    SelectionService,
    TYPES,
    UndoAction,
    createDiagramOptionsModule,
    edgeIntersectionModule,
    initializeDiagramContainer
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { hvnetDiagramModule } from './diagram-module';
import { EstateControls, fitToWindow } from './controls';
import { HostBridge, hostBridge } from './host-bridge';
import { LayerToggles, filtersAction } from './layers';
import { addChangesToggle, showChangesAction } from './changes';

/** What the page exposes for people, the end-to-end test and a hosting workbench. */
interface HvnetPage extends Partial<HostBridge> {
    file: string;
    ready: boolean;
    dispatch(action: Action): Promise<void>;
}

declare global {
    interface Window {
        hvnet: HvnetPage;
    }
}

const CLIENT_ID = 'hvnet-diagram';
const DIAGRAM_TYPE = 'hvnet-topology';

/** The secret of this server run, from the address `hvnet serve` printed: every request for the models carries it. */
const TOKEN = new URLSearchParams(window.location.search).get('token') ?? '';

async function chosenFile(): Promise<string> {
    const asked = new URLSearchParams(window.location.search).get('file');
    if (!TOKEN) {
        throw new Error('this address has no token: open the address that `hvnet serve` printed');
    }
    const answer = await fetch('files.json?token=' + encodeURIComponent(TOKEN));
    if (!answer.ok) {
        throw new Error(`the server refused the files (${answer.status}): open the address that \`hvnet serve\` printed for this run`);
    }
    const files: { name: string; path: string }[] = await answer.json();
    const picker = document.getElementById('file-picker') as HTMLSelectElement;
    for (const file of files) {
        const option = document.createElement('option');
        option.value = file.path;
        option.textContent = file.name;
        picker.appendChild(option);
    }
    const file = files.find(f => f.path === asked || f.name === asked) ?? files[0];
    picker.value = file.path;
    picker.onchange = () => {
        const query = new URLSearchParams(window.location.search);
        query.set('file', picker.value);
        window.location.search = query.toString();
    };
    return file.path;
}

async function start(): Promise<void> {
    const file = await chosenFile();
    document.getElementById('file-picker')!.title = file;
    const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/glsp?token=${encodeURIComponent(TOKEN)}`;
    let glspClient: GLSPClient | undefined;
    let container: Container | undefined;
    const provider = new GLSPWebSocketProvider(url, { reconnecting: false });
    const connected = provider.listen({
        onConnection: async connection => {
            glspClient = new BaseJsonrpcGLSPClient({ id: DIAGRAM_TYPE, connectionProvider: connection });
            container = initializeDiagramContainer(
                new Container(),
                createDiagramOptionsModule({
                    clientId: CLIENT_ID,
                    diagramType: DIAGRAM_TYPE,
                    glspClientProvider: async () => glspClient!,
                    sourceUri: file
                }),
                hvnetDiagramModule,
                STANDALONE_MODULE_CONFIG,
                // line jumps where edges cross: a sweep over every edge at every render, which thousands of cables
                // make slow; the server's routes cross at right angles and read without them
                { remove: edgeIntersectionModule }
            );
            const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
            window.hvnet = { file, ready: false, dispatch: action => dispatcher.dispatch(action) };
            Object.assign(window.hvnet, hostBridge(dispatcher, container.get(SelectionService)));
            // ?view=estate or ?view=detail opens the diagram so (the default: the estate above a handful of hosts)
            const view = (new URLSearchParams(window.location.search).get('view') ?? '').toUpperCase();
            const mode = ['ESTATE', 'DETAIL'].includes(view) ? view : 'AUTO';
            (document.getElementById('view-mode') as HTMLSelectElement).value = mode;
            await container.get(DiagramLoader).load({ requestModelOptions: { view: mode } });
            await fitToWindow(dispatcher, container.get(SelectionService).getModelRoot());
            window.hvnet.ready = true;
            const selection = container.get(SelectionService);
            new EstateControls(dispatcher, selection, () => selection.getModelRoot());
            new LayerToggles(document.getElementById('layers')!, filters => dispatcher.dispatch(filtersAction(filters)));
            addChangesToggle(document.getElementById('layers')!, selection.getModelRoot(), shown => dispatcher.dispatch(showChangesAction(shown)));
            document.getElementById('auto-layout')!.onclick = () => dispatcher.dispatch(LayoutOperation.create());
            document.getElementById('undo')!.onclick = () => dispatcher.dispatch(UndoAction.create());
            document.getElementById('redo')!.onclick = () => dispatcher.dispatch(RedoAction.create());
            document.getElementById('trace')!.onclick = () =>
                dispatcher.dispatch({
                    kind: 'hvnetTrace',
                    from: (document.getElementById('trace-from') as HTMLInputElement).value,
                    to: (document.getElementById('trace-to') as HTMLInputElement).value
                } as Action);
        }
    });
    await connected;
}

start().catch(error => {
    document.getElementById('status')!.textContent = 'cannot start the diagram: ' + (error instanceof Error ? error.message : String(error));
});
