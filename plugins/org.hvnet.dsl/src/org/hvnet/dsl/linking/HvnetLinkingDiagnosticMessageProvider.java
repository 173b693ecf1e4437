// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NamedElement;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.validation.LinkFindings;

/**
 * Messages for names that resolve to nothing, said in the domain's words and naming where the name was looked
 * for: {@code no switch 'Lab2' on host HV01}, {@code no network 'Ofice'}. The issue code is the rule id:
 * {@code V-3} for an external switch bound to a NIC its host does not have, {@code V-2} (S-7) for a VM NIC
 * naming a switch of another host, both in the words of the rule catalogue ({@link LinkFindings}), and
 * {@code link} for every other unresolved name.
 */
public class HvnetLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;
    /** The rule id of an unresolved name that breaks no more specific rule. */
    public static final String LINK = "link";

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String message = message(context.getContext(), context.getReference(), context.getLinkText());
        if (message == null) {
            return super.getUnresolvedProxyMessage(context);
        }
        return new DiagnosticMessage(message, Severity.ERROR, ruleOf(context), context.getLinkText());
    }

    /** The rule id an unresolved name breaks (see the class comment). */
    private static String ruleOf(ILinkingDiagnosticContext context) {
        if (context.getReference() == MODEL.getVirtualSwitch_ExternalNics()) {
            return "V-3";
        }
        if (context.getReference() == MODEL.getVmNic_Switch() && otherHostWithSwitch(context.getContext(), context.getLinkText()) != null) {
            return "V-2";
        }
        return LINK;
    }

    /** A host other than the context's that has a switch called {@code name}, among all loaded files. */
    private static Host otherHostWithSwitch(EObject context, String name) {
        Host own = EcoreUtil2.getContainerOfType(context, Host.class);
        org.eclipse.emf.ecore.resource.ResourceSet resources = EcoreUtil2.getResourceSet(context);
        if (resources == null) {
            return null;
        }
        for (org.eclipse.emf.ecore.resource.Resource resource : resources.getResources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof org.hvnet.model.Topology topology) {
                    for (Host host : topology.getHosts()) {
                        if (host != own && host.getSwitches().stream().anyMatch(s -> name.equals(s.getName()))) {
                            return host;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String message(EObject context, EReference reference, String linkText) {
        String name = "'" + linkText + "'";
        if (reference == MODEL.getVmNic_Switch()) {
            Host other = otherHostWithSwitch(context, linkText);
            if (other != null && context instanceof VmNic nic) {
                return LinkFindings.vmNicOnOtherHost(nic, linkText, other);
            }
            return "no switch " + name + onHost(context);
        }
        if (reference == MODEL.getVirtualSwitch_ExternalNics() && context instanceof VirtualSwitch vswitch) {
            return LinkFindings.externalNicNotOnHost(vswitch, linkText);
        }
        if (reference == MODEL.getPlannedInstall_Nics()) {
            return "no NIC " + name + onHost(context);
        }
        if (reference == MODEL.getVmDhcpServer_Nic()) {
            return "no NIC " + name + owner(context, org.hvnet.model.VirtualMachine.class, " on VM ");
        }
        if (reference == MODEL.getPhysicalNic_Cables()) {
            return "no network " + name;
        }
        if (reference == MODEL.getEndpoint_Owner()) {
            return "no host or VM " + name;
        }
        if (reference == MODEL.getAddressExpectation_Server()) {
            return "no network or VM " + name + ", and no switch of that name on the interface's host";
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
