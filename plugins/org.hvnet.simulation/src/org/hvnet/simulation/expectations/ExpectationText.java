// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.expectations;

import org.hvnet.model.AddressExpectation;
import org.hvnet.model.AddressOutcome;
import org.hvnet.model.Endpoint;
import org.hvnet.model.Expectation;
import org.hvnet.model.ReachExpectation;
import org.hvnet.model.TraceExpectation;
import org.hvnet.model.TraceVerdict;
import org.hvnet.model.util.HvnetSwitch;
import org.hvnet.model.values.NameText;

/** An expectation written back as text, as in the .hvnet file without the {@code expect} keyword. */
public final class ExpectationText {

    private ExpectationText() {
    }

    /** {@code address Web01.eth0 10.0.0.100}, {@code no reach Db01 -> HV01}, {@code trace A -> B dropped T-4}. */
    public static String of(Expectation expectation) {
        String text = expectation == null ? null : TEXT.doSwitch(expectation);
        return text == null ? String.valueOf(expectation) : text;
    }

    /** One case per kind of expectation; null for a kind it does not know. */
    private static final HvnetSwitch<String> TEXT = new HvnetSwitch<>() {
        @Override
        public String caseAddressExpectation(AddressExpectation address) {
            return "address " + endpoint(address.getTarget()) + " " + outcome(address);
        }

        @Override
        public String caseReachExpectation(ReachExpectation reach) {
            return (reach.isNegated() ? "no reach " : "reach ") + endpoint(reach.getFrom()) + " -> " + endpoint(reach.getTo());
        }

        @Override
        public String caseTraceExpectation(TraceExpectation trace) {
            return "trace " + endpoint(trace.getFrom()) + " -> " + endpoint(trace.getTo()) + " "
                    + (trace.getVerdict() == TraceVerdict.DROPPED ? "dropped " + trace.getRule() : "delivered");
        }
    };

    static String outcome(AddressExpectation address) {
        if (address.getMac() != null) {
            return "mac " + address.getMac();
        }
        if (!address.isSetOutcome()) {
            return String.valueOf(address.getAddress());
        }
        if (address.getOutcome() == AddressOutcome.DHCP) {
            return "dhcp from " + (address.getServer() == null ? "?" : address.getServer().getName());
        }
        return address.getOutcome().getLiteral();
    }

    /** An endpoint as written: {@code OWNER}, {@code OWNER.IFACE} or an address. */
    public static String endpoint(Endpoint endpoint) {
        if (endpoint == null) {
            return "?";
        }
        if (endpoint.getAddress() != null) {
            return endpoint.getAddress().toString();
        }
        String owner = endpoint.getOwner() == null || endpoint.getOwner().eIsProxy() ? "?" : endpoint.getOwner().getName();
        return endpoint.getInterfaceName() == null ? owner : owner + "." + NameText.asWritten(endpoint.getInterfaceName());
    }
}
