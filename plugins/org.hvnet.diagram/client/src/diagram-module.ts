// SPDX-License-Identifier: EPL-2.0
import {
    ConsoleLogger,
    GlspDecorationPlacer,
    DefaultTypes,
    FeatureModule,
    GEdge,
    GGraph,
    GIssueMarker,
    GLabel,
    GNode,
    GPort,
    LogLevel,
    MessageAction,
    TYPES,
    bindOrRebind,
    configureActionHandler,
    configureCommand,
    configureDefaultModelElements,
    configureModelElement,
    edgeLayoutFeature,
    editLabelFeature,
    overrideModelElement
} from '@eclipse-glsp/client';
import { EstateMouseListener } from './estate';
import { EstateGraphView } from './graph-view';
import { MarkerPlacer } from './markers';
import { PatchModelCommand } from './patch';
import { RevealHandler } from './reveal';
import { ServerMessages } from './server-messages';
import { CompactHostView } from './compact-host-view';
import { MarkerView } from './marker-view';
import { EdgeView, LabelView, ShapeView } from './views';

/** The HVNet topology diagram: one view per element type of the server (ElementTypes.java). */
export const hvnetDiagramModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
    bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
    configureDefaultModelElements(context);
    bind(ServerMessages).toSelf().inSingletonScope();
    configureActionHandler(context, MessageAction.KIND, ServerMessages);
    configureCommand(context, PatchModelCommand);
    bind(RevealHandler).toSelf().inSingletonScope();
    configureActionHandler(context, 'hvnetReveal', RevealHandler);
    bind(EstateMouseListener).toSelf().inSingletonScope();
    bind(TYPES.MouseListener).toService(EstateMouseListener);
    rebind(GlspDecorationPlacer).to(MarkerPlacer).inSingletonScope();
    overrideModelElement(context, DefaultTypes.ISSUE_MARKER, GIssueMarker, MarkerView);
    overrideModelElement(context, DefaultTypes.GRAPH, GGraph, EstateGraphView);
    configureModelElement(context, 'node:hostsummary', GNode, CompactHostView);
    for (const type of ['node:network', 'node:host', 'node:switch', 'node:hostvnic', 'node:vm', 'node:legend', 'node:netnat']) {
        configureModelElement(context, type, GNode, ShapeView);
    }
    configureModelElement(context, 'port:pnic', GPort, ShapeView);
    configureModelElement(context, 'port:vmnic', GPort, ShapeView);
    configureModelElement(context, 'label:name', GLabel, LabelView, { enable: [editLabelFeature] });
    for (const type of ['label:detail', 'label:badge', 'label:address', 'label:toggle']) {
        configureModelElement(context, type, GLabel, LabelView);
    }
    // the VLANs of a cable: placed by the server beside the NIC, not along the edge
    configureModelElement(context, 'label:edgebadge', GLabel, LabelView, { disable: [edgeLayoutFeature] });
    for (const type of ['edge:connection', 'edge:cable', 'edge:uplink', 'edge:hostvnic', 'edge:nat']) {
        configureModelElement(context, type, GEdge, EdgeView);
    }
});
