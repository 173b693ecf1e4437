package org.hvnet.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;

import com.google.inject.Inject;

/** Value converters of the .hvnet grammar's terminal and data type rules. */
public class HvnetValueConverters extends DefaultTerminalConverters {

    @Inject
    private NameValueConverter nameConverter;

    private final IValueConverter<Ipv4Address> ipv4 = new ParsedValueConverter<>(Ipv4Address::valueOf);
    private final IValueConverter<Ipv4Cidr> cidr = new ParsedValueConverter<>(Ipv4Cidr::valueOf);
    private final IValueConverter<MacAddress> mac = new ParsedValueConverter<>(MacAddress::valueOf);
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

    /** Optional numbers (VLAN ids, ports). */
    @ValueConverter(rule = "OptionalInt")
    public IValueConverter<Integer> optionalInt() {
        return optionalInt;
    }
}
