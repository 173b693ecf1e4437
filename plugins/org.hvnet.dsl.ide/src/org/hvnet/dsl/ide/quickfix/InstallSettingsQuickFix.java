package org.hvnet.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.model.Host;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.values.NameText;
import org.hvnet.validation.Rule;
import org.hvnet.validation.TopologyValidation;

import com.google.inject.Inject;

/**
 * The quick fix of rule V-4: moves a NIC's static IPv4 settings, which the planned Hyper-V install would lose, onto
 * the host vNIC that the install creates, written explicitly: inside the external switch written on that NIC, or in
 * a new {@code switch NAME external on NIC { host-vnic NAME { ipv4 static ... } }} with the names the install gives
 * (I-2). The install adopts a written switch and host vNIC, so nothing is lost and V-4 no longer fires.
 */
public class InstallSettingsQuickFix implements ICodeActionService2 {

    private static final String V4 = Rule.V4_STATIC_IP_LOST_ON_INSTALL.id();
    private static final String INDENT = "    ";

    @Inject
    private EObjectAtOffsetHelper elementAtOffset;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        if (options.getCodeActionParams().getContext() == null) {
            return List.of();
        }
        if (options.getResource() != null && options.getDocument() != null) {
            return actions(options, options.getResource(), options.getDocument());
        }
        // the language server passes neither resource nor document: read them (we already hold the read lock)
        return options.getLanguageServerAccess().doSyncRead(options.getURI(),
                context -> actions(options, context.getResource(), context.getDocument()));
    }

    private List<Either<Command, CodeAction>> actions(Options options, Resource resource, Document document) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (!(resource instanceof XtextResource xtextResource) || document == null) {
            return actions;
        }
        for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
            if (diagnostic.getCode() != null && diagnostic.getCode().isLeft() && V4.equals(diagnostic.getCode().getLeft())) {
                CodeAction action = fix(xtextResource, document, options.getURI(), diagnostic);
                if (action != null) {
                    actions.add(Either.forRight(action));
                }
            }
        }
        return actions;
    }

    private CodeAction fix(XtextResource resource, Document document, String uri, Diagnostic diagnostic) {
        int offset = document.getOffSet(diagnostic.getRange().getStart());
        EObject element = elementAtOffset.resolveContainedElementAt(resource, offset);
        while (element != null && !(element instanceof PhysicalNic)) {
            element = element.eContainer();
        }
        if (!(element instanceof PhysicalNic nic) || !(nic.getIpv4() instanceof StaticIpv4Config settings)
                || !(nic.eContainer() instanceof Host host) || !(resource.getContents().get(0) instanceof Topology topology)) {
            return null;
        }
        InstallTarget target = InstallTarget.of(nic, TopologyValidation.topologiesBeside(topology.eResource()));
        if (target == null || target.writtenVnic() != null && target.writtenVnic().getIpv4() != null) {
            return null;
        }
        INode settingsNode = NodeModelUtils.findActualNodeFor(settings);
        String text = document.getContents();
        String settingsText = text.substring(settingsNode.getOffset(), settingsNode.getEndOffset());
        List<TextEdit> edits = new ArrayList<>();
        edits.add(remove(document, text, settingsNode));
        edits.add(insert(document, text, host, nic, target, settingsText));
        CodeAction action = new CodeAction("Move the static IPv4 settings to host vNIC '" + target.vnicName() + "' (rule V-4)");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        return action;
    }

    /** Removes the settings, and their line when nothing else is on it before them. */
    private static TextEdit remove(Document document, String text, INode node) {
        int start = node.getOffset();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (text.substring(lineStart, start).isBlank()) {
            start = lineStart > 0 ? lineStart - 1 : lineStart;
        } else if (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        return new TextEdit(range(document, start, node.getEndOffset()), "");
    }

    /**
     * Writes the settings on the host vNIC: in the written switch, or in a new switch on the line after the install or
     * the NIC (after its trailing comment).
     */
    private static TextEdit insert(Document document, String text, Host host, PhysicalNic nic, InstallTarget target,
            String settingsText) {
        if (target.writtenVnic() != null) {
            INode vnicNode = NodeModelUtils.findActualNodeFor(target.writtenVnic());
            int end = vnicNode.getEndOffset();
            boolean hasBody = text.substring(vnicNode.getOffset(), end).trim().endsWith("}");
            if (hasBody) {
                int brace = text.lastIndexOf('}', end - 1);
                return new TextEdit(range(document, brace, brace), settingsText + " ");
            }
            return new TextEdit(range(document, end, end), " { " + settingsText + " }");
        }
        String vnic = "host-vnic " + NameText.quoted(target.vnicName()) + " { " + settingsText + " }";
        if (target.written() != null) {
            INode switchNode = NodeModelUtils.findActualNodeFor(target.written());
            int end = switchNode.getEndOffset();
            String indent = indentOf(text, switchNode.getOffset());
            if (text.substring(switchNode.getOffset(), end).trim().endsWith("}")) {
                int brace = text.lastIndexOf('}', end - 1);
                return new TextEdit(range(document, brace, brace), INDENT + vnic + "\n" + indent);
            }
            return new TextEdit(range(document, end, end), " {\n" + indent + INDENT + vnic + "\n" + indent + "}");
        }
        INode after = NodeModelUtils.findActualNodeFor(nic);
        if (host.getInstall() != null) {
            INode install = NodeModelUtils.findActualNodeFor(host.getInstall());
            if (install.getEndOffset() > after.getEndOffset()) {
                after = install;
            }
        }
        String indent = indentOf(text, NodeModelUtils.findActualNodeFor(nic).getOffset());
        int end = text.indexOf('\n', after.getEndOffset());
        if (end < 0) {
            end = text.length();
        }
        String newSwitch = "\n" + indent + "switch " + NameText.quoted(target.switchName()) + " external on " + NameText.quoted(nic.getName())
                + " {\n" + indent + INDENT + vnic + "\n" + indent + "}";
        return new TextEdit(range(document, end, end), newSwitch);
    }

    private static String indentOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String before = text.substring(lineStart, offset);
        return before.isBlank() ? before : INDENT;
    }

    private static Range range(Document document, int start, int end) {
        Position from = document.getPosition(start);
        Position to = document.getPosition(end);
        return new Range(from, to);
    }
}
