package org.hvnet.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NamedElement;

/**
 * Messages for names that resolve to nothing, said in the domain's words and naming where the name was looked
 * for: {@code no switch 'Lab2' on host HV01}, {@code no network 'Ofice'}.
 */
public class HvnetLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String message = message(context.getContext(), context.getReference(), "'" + context.getLinkText() + "'");
        if (message == null) {
            return super.getUnresolvedProxyMessage(context);
        }
        return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC, context.getLinkText());
    }

    private static String message(EObject context, EReference reference, String name) {
        if (reference == MODEL.getVmNic_Switch()) {
            return "no switch " + name + onHost(context);
        }
        if (reference == MODEL.getVirtualSwitch_ExternalNic() || reference == MODEL.getPlannedInstall_Nics()) {
            return "no NIC " + name + onHost(context);
        }
        if (reference == MODEL.getVmDhcpServer_Nic()) {
            return "no NIC " + name + owner(context, org.hvnet.model.VirtualMachine.class, " on VM ");
        }
        if (reference == MODEL.getPhysicalNic_Cable()) {
            return "no network " + name;
        }
        if (reference == MODEL.getEndpoint_Owner()) {
            return "no host or VM " + name;
        }
        if (reference == MODEL.getAddressExpectation_Server()) {
            return "no network or VM " + name;
        }
        return null;
    }

    private static String onHost(EObject context) {
        return owner(context, Host.class, " on host ");
    }

    private static String owner(EObject context, Class<? extends NamedElement> type, String preposition) {
        NamedElement owner = EcoreUtil2.getContainerOfType(context, type);
        return owner == null || owner.getName() == null ? "" : preposition + owner.getName();
    }
}
