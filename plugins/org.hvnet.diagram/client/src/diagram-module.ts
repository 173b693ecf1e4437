import {
    ConsoleLogger,
    FeatureModule,
    GEdge,
    GLabel,
    GNode,
    GPort,
    LogLevel,
    MessageAction,
    TYPES,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature
} from '@eclipse-glsp/client';
import { ServerMessages } from './server-messages';
import { EdgeView, LabelView, ShapeView } from './views';

/** The HVNet topology diagram: one view per element type of the server (ElementTypes.java). */
export const hvnetDiagramModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
    bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
    configureDefaultModelElements(context);
    bind(ServerMessages).toSelf().inSingletonScope();
    configureActionHandler(context, MessageAction.KIND, ServerMessages);
    for (const type of ['node:network', 'node:host', 'node:switch', 'node:hostvnic', 'node:vm', 'node:legend']) {
        configureModelElement(context, type, GNode, ShapeView);
    }
    configureModelElement(context, 'port:pnic', GPort, ShapeView);
    configureModelElement(context, 'port:vmnic', GPort, ShapeView);
    configureModelElement(context, 'label:name', GLabel, LabelView, { enable: [editLabelFeature] });
    for (const type of ['label:detail', 'label:badge', 'label:address']) {
        configureModelElement(context, type, GLabel, LabelView);
    }
    for (const type of ['edge:connection', 'edge:cable', 'edge:uplink', 'edge:hostvnic']) {
        configureModelElement(context, type, GEdge, EdgeView);
    }
});
