package cn.excellence.pairing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

/** Recording a fulfilment starts the village's confirmation as the recording user: the helpers' secretaries and org-dept. */
@Configuration
class PairingConfig {

    @Bean
    ProcessStartPermission pairingReceiptSecretaries() {
        return new ProcessStartPermission(PairingProcess.RECEIPT_PROCESS, Groups.PARTY_SECRETARY);
    }

    @Bean
    ProcessStartPermission pairingReceiptOrgDept() {
        return new ProcessStartPermission(PairingProcess.RECEIPT_PROCESS, Groups.ORG_DEPT);
    }
}
