// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.hvnet.model.values.VlanRange;

import com.google.inject.Inject;

/** Value converters of the .hvnet grammar's terminal and data type rules. */
public class HvnetValueConverters extends DefaultTerminalConverters {

    @Inject
    private NameValueConverter nameConverter;

    private final IValueConverter<Ipv4Address> ipv4 = new ParsedValueConverter<>(Ipv4Address::valueOf);
    private final IValueConverter<Ipv4Cidr> cidr = new ParsedValueConverter<>(Ipv4Cidr::valueOf);
    private final IValueConverter<MacAddress> mac = new ParsedValueConverter<>(MacAddress::valueOf);
    private final IValueConverter<VlanRange> vlanRange = new ParsedValueConverter<>(VlanRange::valueOf);
    private final IValueConverter<Integer> port = new PortValueConverter();
    private final IValueConverter<Boolean> noManagementOs = new NoManagementOsValueConverter();
    private final IValueConverter<String> ruleId = new RuleIdValueConverter();
    private final IValueConverter<Integer> optionalInt = new OptionalIntValueConverter();

    /** Identifiers and quoted Windows names. */
    @ValueConverter(rule = "Name")
    public IValueConverter<String> name() {
        return nameConverter;
    }

    /** Dotted-quad IPv4 addresses. */
    @ValueConverter(rule = "IPV4")
    public IValueConverter<Ipv4Address> ipv4() {
        return ipv4;
    }

    /** Addresses with prefix length. */
    @ValueConverter(rule = "CIDR")
    public IValueConverter<Ipv4Cidr> cidr() {
        return cidr;
    }

    /** MAC addresses. */
    @ValueConverter(rule = "MAC")
    public IValueConverter<MacAddress> mac() {
        return mac;
    }

    /** The {@code no-management-os} flag. */
    @ValueConverter(rule = "NoManagementOs")
    public IValueConverter<Boolean> noManagementOs() {
        return noManagementOs;
    }

    /** Rule ids in trace expectations. */
    @ValueConverter(rule = "RuleId")
    public IValueConverter<String> ruleId() {
        return ruleId;
    }

    /** VLAN ids and ranges of a trunk's allowed list. */
    @ValueConverter(rule = "VlanRange")
    public IValueConverter<VlanRange> vlanRange() {
        return vlanRange;
    }

    /** Port numbers, 1 to 65535. */
    @ValueConverter(rule = "Port")
    public IValueConverter<Integer> port() {
        return port;
    }

    /** Optional port numbers, 1 to 65535. */
    @ValueConverter(rule = "OptionalPort")
    public IValueConverter<Integer> optionalPort() {
        return port;
    }

    /** Optional numbers (VLAN ids). */
    @ValueConverter(rule = "OptionalInt")
    public IValueConverter<Integer> optionalInt() {
        return optionalInt;
    }
}
