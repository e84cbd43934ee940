/**
 * 城乡结对帮扶: organs', enterprises' and institutions' Party organizations paired with villages (嘎查村), their yearly
 * commitments (funds, projects, information), the fulfilment records with evidence and the village's confirmation of receipt
 * (the {@code PairingReceipt} process), and commitments against fulfilment per pair and per helping organization.
 */
@ApplicationModule(displayName = "Pairing", allowedDependencies = {"organization", "shared", "fund"})
package cn.excellence.pairing;

import org.springframework.modulith.ApplicationModule;
